"""How analysis work is cut into batches for worker processes."""
from storyline.pipeline.analyze import split_batches


def test_every_worker_gets_work_and_no_batch_exceeds_the_size():
    batches = split_batches(list(range(60)), 32, 2)
    assert [len(b) for b in batches] == [15, 15, 15, 15]
    assert sum(batches, []) == list(range(60))
    assert all(len(b) <= 32 for b in split_batches(list(range(300)), 32, 2))


def test_few_items_and_none():
    assert split_batches([1, 2, 3], 32, 2) == [[1], [2], [3]]
    assert split_batches([], 32, 2) == []

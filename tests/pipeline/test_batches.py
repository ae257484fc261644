"""How analysis work is cut into batches for worker processes."""
from storyline.pipeline.analyze import split_batches


def test_batches_keep_every_item_once_in_order_and_never_exceed_the_size():
    for n in (1, 5, 60, 300, 1000):
        batches = split_batches(list(range(n)), 32, 2)
        assert sum(batches, []) == list(range(n))
        assert all(0 < len(b) <= 32 for b in batches)


def test_batches_shrink_towards_the_end_so_workers_finish_together():
    sizes = [len(b) for b in split_batches(list(range(300)), 32, 2)]
    assert sizes[:6] == [32] * 6  # full batches while much work is left
    assert sizes == sorted(sizes, reverse=True)
    # the last batches together are no longer than one full batch
    assert sum(sizes[-4:]) <= 32
    assert [len(b) for b in split_batches(list(range(60)), 32, 2)][0] == 15


def test_few_items_and_none():
    assert split_batches([1, 2, 3], 32, 2) == [[1], [2], [3]]
    assert split_batches([], 32, 2) == []

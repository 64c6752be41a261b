"""Input discovery: which files a run reads from the paths it is given."""

import pytest

from flows.inputs import InputError, discover_files


@pytest.fixture
def tree(tmp_path):
    """Nested text files, a non-text file, a folder named like a text file, and symlinks."""
    root = tmp_path / "news"
    (root / "2026" / "11").mkdir(parents=True)
    (root / "a.txt").write_text("a")
    (root / "2026" / "b.txt").write_text("b")
    (root / "2026" / "11" / "c.txt").write_text("c")
    (root / "2026" / "notes.md").write_text("not news")
    (root / "folder.txt").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text("linked")
    (elsewhere / "inside-linked-folder.txt").write_text("x")
    (root / "link.txt").symlink_to(elsewhere / "linked.txt")
    (root / "linked-folder").symlink_to(elsewhere)
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    return root


def test_text_files_below_a_folder_resolved_and_sorted(tree, tmp_path):
    """A dangling symlink is listed as it is: the plan rejects it with its reason."""
    found = discover_files([str(tree)])
    assert found == sorted([
        tree / "2026" / "11" / "c.txt", tree / "2026" / "b.txt", tree / "a.txt", tmp_path / "elsewhere" / "linked.txt",
        tree / "dangling.txt",
    ])


def test_a_folder_reached_through_a_symlink_gives_real_paths(tree, tmp_path):
    link = tmp_path / "news-link"
    link.symlink_to(tree)
    assert discover_files([str(link)]) == discover_files([str(tree)])


def test_a_file_named_twice_is_read_once(tree):
    named = discover_files([str(tree / "a.txt"), str(tree), str(tree / "2026" / ".." / "a.txt")])
    assert named == discover_files([str(tree)])


def test_a_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        discover_files([str(tmp_path / "nowhere")])

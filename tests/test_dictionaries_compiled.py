"""The compiled dictionary cache (issue 10): built on a miss, read on a hit, rebuilt when any
dictionary or --dictionary file changes, a damaged file ignored; the user cache directory's
settings. Small fixture dictionaries stand in for the shipped ones, so no test parses 4 MB."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventscribe import cache
from eventscribe.dictionaries import compiled, loader
from eventscribe.dictionaries.model import ActorEntry, PhraseTable, Role, normalise_word

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"

pytestmark = pytest.mark.issue(10)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("EVENTSCRIBE_CACHE_DIR", str(path))
    return path


def _clear_process_caches() -> None:
    """What a new process starts with: only the disk cache carries over."""
    loader._load.cache_clear()
    loader._verb_part.cache_clear()
    loader._shipped_layers.cache_clear()


@pytest.fixture
def shipped(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A small stand-in for the package's data folder: Phoenix-named fixture files and one YAML
    update file. Yields the folder; the loader's process caches are cleared around the test."""
    data = tmp_path / "data"
    petrarch = data / "petrarch2"
    update = data / "actors"
    petrarch.mkdir(parents=True)
    update.mkdir()
    shutil.copy(FIXTURES / "actors.txt", petrarch / "Phoenix.Countries.actors.txt")
    (petrarch / "Phoenix.International.actors.txt").write_text("UNITED_NATIONS_ [IGOUNO]\n")
    (petrarch / "Phoenix.MilNonState.actors.txt").write_text("HAMAS_ [PSEREBHMS]\n")
    shutil.copy(FIXTURES / "agents.txt", petrarch / "Phoenix.agents.txt")
    shutil.copy(FIXTURES / "discards.txt", petrarch / "Phoenix.discards.txt")
    shutil.copy(FIXTURES / "verbs_p2.txt", petrarch / "CAMEO.2.0.txt")
    (data / "eventscribe.verbs.txt").write_text("")
    shutil.copy(FIXTURES / "overlay.yaml", update / "europe.yaml")
    monkeypatch.setattr(loader, "DATA_DIR", data)
    monkeypatch.setattr(loader, "PETRARCH_DIR", petrarch)
    monkeypatch.setattr(loader, "ACTORS_UPDATE_DIR", update)
    _clear_process_caches()
    yield data
    _clear_process_caches()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every dictionary file the loader parses (a compiled hit parses none)."""
    seen: list[str] = []
    for name in ("parse_actor_file", "parse_agent_file", "parse_yaml_file", "parse_verb_file"):
        original = getattr(loader, name)

        def spy(path: Path, *args: object, _original=original, **kwargs: object):  # type: ignore[no-untyped-def]
            seen.append(Path(path).name)
            return _original(path, *args, **kwargs)

        monkeypatch.setattr(loader, name, spy)
    return seen


def _compiled_files(folder: Path, kind: str) -> list[Path]:
    return sorted(folder.glob(f"dictionaries-{kind}-*.pickle"))


def _resolve(actors: tuple[ActorEntry, ...], name: str, day: dt.date) -> str | None:
    words = tuple(name.upper().split())
    entry = next(e for e in actors if words in e.phrases)
    return entry.code_on(day)


def test_dictionaries_compiled_miss_then_hit(
    shipped: Path, cache_dir: Path, parses: list[str]
) -> None:
    first = loader.load_dictionaries()
    assert "Phoenix.Countries.actors.txt" in parses and "europe.yaml" in parses
    assert _compiled_files(cache_dir, "merged") and _compiled_files(cache_dir, "verbs")
    parses.clear()
    _clear_process_caches()
    second = loader.load_dictionaries()
    assert parses == []  # nothing parsed: all of it read back from the compiled files
    assert second is not first
    assert second == first
    assert second.phrases is not None and first.phrases is not None
    assert second.phrases.actors.keys() == first.phrases.actors.keys()
    assert second.phrases.lengths == first.phrases.lengths
    assert second.sources == first.sources


def test_dictionaries_compiled_keeps_every_field_and_origin(shipped: Path, cache_dir: Path) -> None:
    """The compacted copy on disk (equal values merged) gives back every record field for field,
    provenance included: a role's origin, which its equality ignores, is not mixed up."""
    built = loader.load_dictionaries()
    _clear_process_caches()
    read = loader.load_dictionaries()
    assert [dataclasses.astuple(e) for e in read.actors] == [
        dataclasses.astuple(e) for e in built.actors
    ]
    assert [dataclasses.astuple(a) for a in read.agents] == [
        dataclasses.astuple(a) for a in built.agents
    ]
    assert read.verbs == built.verbs and read.discards == built.discards
    assert [r.origin for e in read.actors for r in e.roles] == [
        r.origin for e in built.actors for r in e.roles
    ]


def test_dictionaries_compiled_rebuilt_when_a_shipped_file_changes(
    shipped: Path, cache_dir: Path, parses: list[str]
) -> None:
    day = dt.date(2020, 1, 1)
    before = loader.load_dictionaries()
    assert _resolve(before.actors, "Hamas", day) == "PSEREBHMS"
    (shipped / "petrarch2" / "Phoenix.MilNonState.actors.txt").write_text("HAMAS_ [PSEREB]\n")
    _clear_process_caches()
    parses.clear()
    after = loader.load_dictionaries()
    assert "Phoenix.MilNonState.actors.txt" in parses
    assert _resolve(after.actors, "Hamas", day) == "PSEREB"
    assert len(_compiled_files(cache_dir, "merged")) == 2  # the old key's file stays, unused


def test_dictionaries_compiled_rebuilt_when_a_user_file_changes(
    shipped: Path, cache_dir: Path, parses: list[str], tmp_path: Path
) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("actors:\n  - name: Jane Example\n    default: FRAGOV\n")
    day = dt.date(2020, 1, 1)
    first = loader.load_dictionaries(extra_files=[user])
    assert _resolve(first.actors, "Jane Example", day) == "FRAGOV"
    _clear_process_caches()
    parses.clear()
    assert loader.load_dictionaries(extra_files=[user]) == first
    assert parses == []
    # same size, same second: only the content tells the files apart
    user.write_text("actors:\n  - name: Jane Example\n    default: DEUGOV\n")
    _clear_process_caches()
    changed = loader.load_dictionaries(extra_files=[user])
    assert _resolve(changed.actors, "Jane Example", day) == "DEUGOV"
    # the shipped layers come from their own compiled file: only the user's file is parsed again
    assert parses == ["mine.yaml"]


def test_dictionaries_compiled_user_file_order_is_part_of_the_key(
    shipped: Path, cache_dir: Path, tmp_path: Path
) -> None:
    one = tmp_path / "one.yaml"
    two = tmp_path / "two.yaml"
    one.write_text("actors:\n  - name: Jane Example\n    default: FRAGOV\n")
    two.write_text("actors:\n  - name: Jane Example\n    default: DEUGOV\n")
    day = dt.date(2020, 1, 1)
    later_wins = loader.load_dictionaries(extra_files=[one, two])
    assert _resolve(later_wins.actors, "Jane Example", day) == "DEUGOV"
    _clear_process_caches()
    swapped = loader.load_dictionaries(extra_files=[two, one])
    assert _resolve(swapped.actors, "Jane Example", day) == "FRAGOV"


def test_dictionaries_compiled_user_sets_do_not_evict_the_shipped_compilation(
    shipped: Path, cache_dir: Path, tmp_path: Path
) -> None:
    loader.load_dictionaries()
    (merged,) = _compiled_files(cache_dir, "merged")
    for k in range(compiled._KEEP_PER_KIND + 2):
        user = tmp_path / f"user{k}.yaml"
        user.write_text(f"actors:\n  - name: Person Number{k}\n    default: FRAGOV\n")
        loader.load_dictionaries(extra_files=[user])
    assert len(_compiled_files(cache_dir, "user-merged")) == compiled._KEEP_PER_KIND
    assert _compiled_files(cache_dir, "merged") == [merged]


def test_dictionaries_compiled_damaged_file_is_ignored_and_rebuilt(
    shipped: Path, cache_dir: Path, parses: list[str]
) -> None:
    built = loader.load_dictionaries()
    for path in _compiled_files(cache_dir, "merged"):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])  # truncated, as by a full disk
    _clear_process_caches()
    parses.clear()
    assert loader.load_dictionaries() == built
    assert "Phoenix.Countries.actors.txt" not in parses  # the shipped layers' file was intact
    assert "europe.yaml" not in parses
    # rebuilt: the next process reads it again
    _clear_process_caches()
    parses.clear()
    assert loader.load_dictionaries() == built
    assert parses == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"not a compiled file at all",
        lambda data: data[:12] + bytes(b ^ 0xFF for b in data[12:40]) + data[40:],
        lambda data: data[:8] + b"\0\0\0\0" + data[12:],
    ],
    ids=["empty", "foreign", "flipped-bytes", "wrong-checksum"],
)
def test_dictionaries_compiled_rejects_damage(cache_dir: Path, damage) -> None:  # type: ignore[no-untyped-def]
    builds: list[int] = []

    def build() -> list[int]:
        builds.append(1)
        return [1, 2, 3]

    assert compiled.compiled("test", "k" * 64, build, list) == [1, 2, 3]
    path = compiled.cache_path("test", "k" * 64)
    assert path is not None and path.is_file()
    path.write_bytes(damage(path.read_bytes()))
    assert compiled.compiled("test", "k" * 64, build, list) == [1, 2, 3]
    assert len(builds) == 2
    assert compiled.compiled("test", "k" * 64, build, list) == [1, 2, 3]
    assert len(builds) == 2


def test_dictionaries_compiled_file_of_another_key_or_type_is_not_used(cache_dir: Path) -> None:
    assert compiled.compiled("test", "a" * 64, lambda: [1], list) == [1]
    source = compiled.cache_path("test", "a" * 64)
    target = compiled.cache_path("test", "b" * 64)
    assert source is not None and target is not None
    shutil.copy(source, target)  # a file renamed or a key prefix shared: its content says so
    assert compiled.compiled("test", "b" * 64, lambda: [2], list) == [2]
    assert compiled.compiled("test", "a" * 64, lambda: {"x": 1}, dict) == {"x": 1}


def test_dictionaries_compiled_input_key_follows_content_path_and_settings(
    tmp_path: Path,
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("X_ [AAA]\n")
    b.write_text("X_ [AAA]\n")
    key = compiled.input_key("actors", [a])
    assert compiled.input_key("actors", [a]) == key
    assert compiled.input_key("actors", [b]) != key  # another path: other origins
    assert compiled.input_key("actors", [a], settings=("use_shipped=False",)) != key
    assert compiled.input_key("verbs", [a]) != key
    a.write_text("X_ [AAB]\n")
    assert compiled.input_key("actors", [a]) != key


def test_dictionaries_compiled_cache_off_builds_every_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EVENTSCRIBE_CACHE_DIR", "")
    builds: list[int] = []
    for _ in range(2):
        compiled.compiled("test", "c" * 64, lambda: builds.append(1) or [0], list)
    assert len(builds) == 2
    assert cache.cache_dir() is None


def test_cache_dir_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EVENTSCRIBE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "eventscribe"
    monkeypatch.setenv("EVENTSCRIBE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    assert (tmp_path / "mine").is_dir()


def test_cache_dir_falls_back_to_a_private_temp_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # <file>/eventscribe cannot be made
    monkeypatch.delenv("EVENTSCRIBE_CACHE_DIR", raising=False)
    monkeypatch.setattr(cache.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    found = cache.cache_dir()
    assert found is not None and found.parent == tmp_path / "tmp"
    assert found.stat().st_mode & 0o077 == 0
    # someone else's (here: a group-writable) directory is not trusted with pickles
    found.chmod(0o775)
    assert cache.cache_dir() is None


def test_cache_write_is_atomic_and_never_raises(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.bin"
    assert cache.write_cache_file(target, b"one")
    assert cache.write_cache_file(target, b"two")
    assert cache.read_cache_file(target) == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["file.bin"]  # no temporary left
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert not cache.write_cache_file(blocker / "x.bin", b"x")
    assert cache.read_cache_file(tmp_path / "absent") is None


def test_dictionaries_phrase_table_built_on_use_for_hand_made_dictionaries() -> None:
    entry = ActorEntry(("ALBANIAN",), (), (Role("ALB"),), "f:1")
    from eventscribe.dictionaries.model import Dictionaries, VerbDictionary

    made = Dictionaries(actors=(entry,), agents=(), verbs=VerbDictionary({}, {}, {}))
    table = made.phrase_table()
    assert table.actors[("ALBANIANS",)] == (entry,)  # the nationality's plural
    assert table.lengths == {"ALBANIAN": (1,), "ALBANIANS": (1,)}
    assert PhraseTable.build(made.actors, made.agents) == table


_DAYS = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))


def _reference_role_on(entry: ActorEntry, day: dt.date | None) -> Role | None:
    """ActorEntry.role_on as first written (lists and max), which the one-pass version keeps."""
    dated = [r for r in entry.roles if not r.is_default]
    default = next((r for r in entry.roles if r.is_default), None)
    if day is not None:
        for role in dated:
            if role.holds_on(day):
                return role
    elif dated and default is None:
        return max(dated, key=lambda r: r.start or dt.date.min)
    return default


@given(
    roles=st.lists(
        st.builds(Role, st.sampled_from(["AAA", "BBB", "CCC"]), _DAYS, _DAYS), max_size=5
    ),
    day=_DAYS,
)
def test_dictionaries_role_on_one_pass_matches_the_reference(
    roles: list[Role], day: dt.date | None
) -> None:
    entry = ActorEntry(("X",), (), tuple(roles), "f:1")
    assert entry.role_on(day) is _reference_role_on(entry, day)


@pytest.mark.slow
def test_dictionaries_compiled_shipped_round_trip(cache_dir: Path) -> None:
    """The shipped dictionaries read back from their compiled files are the parsed ones."""
    _clear_process_caches()
    try:
        built = loader.load_dictionaries()
        _clear_process_caches()
        read = loader.load_dictionaries()
    finally:
        _clear_process_caches()
    assert [dataclasses.astuple(e) for e in read.actors] == [
        dataclasses.astuple(e) for e in built.actors
    ]
    assert read.agents == built.agents and read.sources == built.sources
    assert read.verbs == built.verbs and read.discards == built.discards
    assert read.phrases == built.phrases


def _reference_normalise(word: str) -> str:
    text = unicodedata.normalize("NFKC", word).upper()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return text.strip("_")


@given(st.text(max_size=12) | st.text(alphabet=st.characters(max_codepoint=127), max_size=12))
def test_dictionaries_normalise_word_ascii_shortcut_matches_nfkc(word: str) -> None:
    assert normalise_word(word) == _reference_normalise(word)

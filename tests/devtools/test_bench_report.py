from devtools.benchmark.measuring import PageTiming, page_links, percentile
from devtools.benchmark.progress import ProgressBar, progress_line
from devtools.benchmark.report import timings_table


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(20, 0, -1)]

    assert (percentile(values, 50), percentile(values, 95), percentile(values, 100)) == (
        10.0,
        19.0,
        20.0,
    )


def test_timings_table_marks_misses_missing_pages_and_short_runs():
    timings = [
        PageTiming("timeline", 50, "/timeline/", 12.34, 20.0, 6, 1.5, runs=20, requested=20),
        PageTiming("matrix", 100, "/matrix/", 240.0, 300.0, 7, 90.0, runs=3, requested=20),
        PageTiming("demands board", 100, None, problem="missing"),
    ]

    lines = timings_table(timings).splitlines()

    assert lines[0].split() == "page median ms p95 ms queries SQL ms target ms result".split()
    assert lines[2].split() == ["timeline", "12.3", "20.0", "6", "1.5", "≤", "50", "ok"]
    assert lines[3].split()[-6:] == ["MISS", "(3", "of", "20", "runs:", "slow)"]
    assert lines[4].split() == ["demands", "board", "–", "–", "–", "–", "≤", "100", "missing"]


def test_page_links_reads_hrefs_and_hx_gets_unescaped():
    page = '<a href="/timeline/?a=1&amp;after=x">Older items</a><tr hx-get="/matrix/cell/?p=1">'

    assert page_links(page) == ["/timeline/?a=1&after=x", "/matrix/cell/?p=1"]


def test_progress_bar_redraws_in_place_and_ends_the_line():
    written = []
    bar = ProgressBar(written.append, total=4, unit="quotes", width=4)

    bar.advance(4)
    bar.finish()

    assert written == ["\r" + progress_line(4, 4, "quotes", 4, 0.0), "\n"]
    assert written[0] == "\r[####] 100%  4 / 4 quotes  0:00"

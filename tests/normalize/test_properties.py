from hypothesis import example, given, settings, strategies as st

from loader.normalize import normalize

persian = st.text(alphabet=st.sampled_from(list("ابپتثجحخدذرزژسشصضطظعغفقکگلمنوهیيكةـًٌٍَُِّ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬.,؟!:()«» \n\u200cﻻﮐabc0123")),
                  max_size=200)
anything = st.one_of(st.text(max_size=200), persian)
# Derandomized: the same 200 examples on every run, so CI never fails on a draw it has not seen
# before; a case found once is pinned with `@example`.
S = settings(max_examples=200, deadline=None, derandomize=True)


@S
@given(anything)
@example(")(»0")   # an empty pair of brackets left by the first pass's mirror repair
def test_never_raises_and_idempotent(x):
    d = normalize(x)
    assert normalize(d.text).text == d.text


@S
@given(anything)
def test_offset_map_monotonic_and_inside(x):
    d = normalize(x)
    n = len(d.text)
    prev = (0, 0)
    for i in range(n):
        rs, re_ = d.to_raw(i, i + 1)
        assert 0 <= rs <= re_ <= len(x)
        assert rs >= prev[0] and re_ >= prev[1]
        prev = (rs, re_)
    for i in range(0, n + 1, 7):
        for j in range(i, n + 1, 11):
            rs, re_ = d.to_raw(i, j)
            assert 0 <= rs <= re_ <= len(x)
            ns, ne = d.to_norm(rs, re_)
            assert 0 <= ns <= ne <= n


@S
@given(anything)
def test_whole_text_covers_content(x):
    d = normalize(x)
    if d.text:
        rs, re_ = d.to_raw(0, len(d.text))
        # whatever lies outside the covered span normalizes to nothing (spaces, kashida, marks)
        assert normalize(x[:rs]).text == ""
        assert normalize(x[re_:]).text == ""
    for s in d.sentences:
        assert d.text[s.start:s.end] == s.text
        assert 0 <= s.raw_start <= s.raw_end <= len(x)

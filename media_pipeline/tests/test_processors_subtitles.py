"""SRT/WebVTT → validated WebVTT (M2, M3 "convert", C3 accessibility)."""

import pytest

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors.subtitles import process_subtitle, srt_to_vtt

SRT = (
    "1\r\n00:00:01,000 --> 00:00:03,500\r\n数控车床的<i>基本</i>操作\r\n\r\n"
    '2\r\n00:00:04,000 --> 00:00:06,000\r\n<font color="red">注意</font> A & B < C\r\n第二行\r\n\r\n'
)


def test_srt_in_utf8_with_bom_and_crlf_becomes_webvtt():
    vtt = srt_to_vtt(b"\xef\xbb\xbf" + SRT.encode("utf-8"))
    assert vtt == (
        "WEBVTT\n\n"
        "1\n00:00:01.000 --> 00:00:03.500\n数控车床的<i>基本</i>操作\n\n"
        "2\n00:00:04.000 --> 00:00:06.000\n注意 A &amp; B &lt; C\n第二行\n"
    )


def test_srt_in_gbk_reads_the_same():
    assert srt_to_vtt(SRT.encode("gbk")) == srt_to_vtt(SRT.encode("utf-8"))


def test_webvtt_input_is_normalised_and_keeps_cue_settings():
    vtt = "WEBVTT\n\nNOTE made by hand\n\n00:01.000 --> 00:02.000 line:0 align:start\n<script>x</script>你好\n"
    assert srt_to_vtt(vtt.encode()) == ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000 line:0 align:start\nx你好\n")


@pytest.mark.parametrize(
    "data",
    [
        b"1\n00:00:03,000 --> 00:00:01,000\nbackwards\n",
        b"1\nhello --> there\ntext\n",
        b"just some words\n",
        b"",
    ],
    ids=["end-before-start", "bad-timing", "no-timing", "empty"],
)
def test_invalid_subtitles_are_refused(data):
    with pytest.raises(MediaError) as caught:
        srt_to_vtt(data, "第一课.srt")
    assert caught.value.code == MediaErrorCode.CORRUPT_FILE
    assert "“第一课.srt”" in caught.value.message


def test_binary_data_is_not_a_subtitle():
    with pytest.raises(MediaError) as caught:
        srt_to_vtt(b"\x00\x01\x02\xff" * 10, "x.srt")
    assert caught.value.code == MediaErrorCode.UNSUPPORTED_TYPE


def test_process_subtitle_writes_subtitle_vtt(tmp_path):
    source = tmp_path / "lesson.srt"
    source.write_bytes(SRT.encode("gbk"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = process_subtitle(source, out_dir)
    assert result.entrypoint == "subtitle.vtt"
    assert [(o.role, o.path) for o in result.outputs] == [("subtitle", "subtitle.vtt")]
    assert (out_dir / "subtitle.vtt").read_text(encoding="utf-8").startswith("WEBVTT\n\n1\n00:00:01.000")
    assert result.meta == {"cues": 2, "duration_seconds": 6.0}

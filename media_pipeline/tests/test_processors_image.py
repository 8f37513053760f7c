"""Images → renditions without EXIF, upright; animations → MP4/WebM (M2, M3 "convert", C3, Q)."""

import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors import process
from media_pipeline.processors.image import process_image
from media_pipeline.tests import samples


def ffprobe(path: Path) -> dict:
    completed = subprocess.run(  # noqa: S603
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", f"file:{path}"],  # noqa: S607
        capture_output=True,
        check=True,
        timeout=30,
    )
    return json.loads(completed.stdout)


def out(tmp_path: Path, name: str = "out") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def test_gps_and_every_exif_tag_are_gone_and_the_photo_is_upright(tmp_path):
    # given a sideways-stored phone photo (orientation 6) with a GPS position
    photo = samples.photo_with_exif(tmp_path / "phone.jpg", size=(400, 200), orientation=6)
    with Image.open(photo) as original:
        assert original.getexif().get_ifd(0x8825)  # the sample really carries GPS
    out_dir = out(tmp_path)
    # when converted
    result = process("image", photo, out_dir)
    # then every rendition is upright (portrait, red on top) and carries no EXIF at all
    assert (result.meta["width"], result.meta["height"]) == (200, 400)
    for output in result.outputs:
        data = (out_dir / output.path).read_bytes()
        assert b"Exif" not in data and b"EXIF" not in data and b"PhoneMaker" not in data
        with Image.open(out_dir / output.path) as rendition:
            assert len(rendition.getexif()) == 0
            assert rendition.getexif().get_ifd(0x8825) == {}
            assert rendition.height > rendition.width
            red, _green, blue = rendition.convert("RGB").getpixel((rendition.width // 2, rendition.height // 4))
            assert red > 200 and blue < 50


def test_renditions_webp_and_jpeg_at_1920_and_960_and_a_320_thumbnail(tmp_path):
    source = samples.image(tmp_path / "wide.png", size=(2400, 1200), color="green")
    out_dir = out(tmp_path)
    result = process_image(source, out_dir)
    assert [(o.role, o.path, o.mime, o.width, o.height) for o in result.outputs] == [
        ("image", "image-1920.webp", "image/webp", 1920, 960),
        ("image", "image-1920.jpg", "image/jpeg", 1920, 960),
        ("image", "image-960.webp", "image/webp", 960, 480),
        ("image", "image-960.jpg", "image/jpeg", 960, 480),
        ("thumbnail", "thumb-320.webp", "image/webp", 320, 160),
        ("thumbnail", "thumb-320.jpg", "image/jpeg", 320, 160),
    ]
    assert result.entrypoint == "image-1920.webp"
    assert sorted(o.path for o in result.outputs) == sorted(p.name for p in out_dir.iterdir())
    for output in result.outputs:
        with Image.open(out_dir / output.path) as rendition:
            assert rendition.size == (output.width, output.height)


def test_a_small_image_is_never_enlarged_and_transparency_keeps_a_png_fallback(tmp_path):
    source = tmp_path / "icon.png"
    Image.new("RGBA", (200, 100), (255, 0, 0, 0)).save(source)
    out_dir = out(tmp_path)
    result = process_image(source, out_dir)
    assert [(o.path, o.width) for o in result.outputs] == [
        ("image-200.webp", 200),
        ("image-200.png", 200),
        ("thumb-200.webp", 200),
        ("thumb-200.png", 200),
    ]
    with Image.open(out_dir / "image-200.png") as fallback:
        assert fallback.mode == "RGBA"
        assert fallback.getpixel((10, 10))[3] == 0


def test_an_image_over_the_pixel_limit_is_refused_before_decoding(settings, tmp_path):
    settings.ZYK_MEDIA_MAX_PIXELS = 1000
    source = samples.image(tmp_path / "big.png", size=(100, 100))
    with pytest.raises(MediaError) as caught:
        process_image(source, out(tmp_path), filename="大图.png")
    assert caught.value.code == MediaErrorCode.LIMIT_EXCEEDED
    assert caught.value.message == "“大图.png” has too many pixels to be converted safely."


def test_a_damaged_image_is_refused(tmp_path):
    source = samples.corrupt_png(tmp_path / "broken.png")
    with pytest.raises(MediaError) as caught:
        process_image(source, out(tmp_path))
    assert caught.value.code == MediaErrorCode.CORRUPT_FILE


def test_animated_gif_becomes_mp4_and_webm_that_play(tmp_path):
    # given a 5-frame GIF (100 ms each) with an odd size
    gif = samples.animation(tmp_path / "spin.gif", frames=5, size=(101, 61))
    out_dir = out(tmp_path)
    # when processed as an animation
    result = process("animation", gif, out_dir)
    # then an H.264 MP4 (even size, yuv420p) and a VP9 WebM of the same length play, poster from frame 1
    assert result.entrypoint == "animation.mp4"
    mp4 = ffprobe(out_dir / "animation.mp4")
    video = mp4["streams"][0]
    assert (video["codec_name"], video["pix_fmt"], video["width"], video["height"]) == ("h264", "yuv420p", 100, 60)
    assert float(mp4["format"]["duration"]) == pytest.approx(0.5, abs=0.1)
    webm = ffprobe(out_dir / "animation.webm")
    assert webm["streams"][0]["codec_name"] == "vp9"
    assert sorted(o.path for o in result.outputs) == sorted(p.name for p in out_dir.iterdir())
    assert {o.role for o in result.outputs} == {"mp4", "webm", "poster"}
    with Image.open(out_dir / "poster.jpg") as poster:
        assert poster.convert("RGB").getpixel((50, 30))[0] > 200  # frame 1 is red
    assert result.meta["loop"] is True


def test_animated_webp_is_converted_too(tmp_path):
    webp = samples.animation(tmp_path / "spin.webp", frames=4, size=(64, 48))
    out_dir = out(tmp_path)
    result = process("animation", webp, out_dir)
    assert ffprobe(out_dir / "animation.mp4")["streams"][0]["codec_name"] == "h264"
    assert (result.meta["width"], result.meta["height"]) == (64, 48)

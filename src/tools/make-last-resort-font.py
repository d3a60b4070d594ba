#!/usr/bin/env python3
"""Builds IDLastResort.ttf, the last font of every report font set (docs/decisions/0003-report-fonts.md).

Every assigned character that neither the Noto faces nor HanaMinB can draw gets its own glyph in this
font, all of them the same visible box. A glyph per character (not one shared glyph) matters: the
PDF's ToUnicode map goes from glyph to character, so only distinct glyphs keep the text extractable.

Usage (Debian package python3-fonttools):
  python3 src/tools/make-last-resort-font.py NotoSerifSC-Regular.ttf \
      NotoSansSC-Regular.ttf HanaMinB.ttf  src/main/resources/fonts/IDLastResort.ttf
"""
import sys
import unicodedata

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

MAX_GLYPHS = 65535
# CJK blocks newer than this Python's Unicode tables; names may hold them in later JDKs.
EXTRA_RANGES = [(0x2EBF0, 0x2EE5D), (0x31350, 0x323AF)]  # Extension I, Extension H
DRAWN_CATEGORIES = ("L", "M", "N", "P", "S")


def box_glyph():
    pen = TTGlyphPen(None)
    for x0, y0, x1, y1, clockwise in ((100, -60, 900, 820, True), (170, 10, 830, 750, False)):
        points = [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]
        if not clockwise:
            points.reverse()
        pen.moveTo(points[0])
        for p in points[1:]:
            pen.lineTo(p)
        pen.closePath()
    return pen.glyph()


def reference_to(glyph_name):
    glyph = Glyph()
    component = GlyphComponent()
    component.glyphName = glyph_name
    component.x, component.y, component.flags = 0, 0, 0x4  # ROUND_XY_TO_GRID
    glyph.components = [component]
    glyph.numberOfContours = -1
    return glyph


def uncovered(covering_fonts):
    covered = set()
    primaries = [set(TTFont(p, lazy=True).getBestCmap()) for p in covering_fonts[:-1]]
    covered |= set.intersection(*primaries)  # a character counts only if every primary face has it
    covered |= set(TTFont(covering_fonts[-1], lazy=True).getBestCmap())
    wanted = [cp for cp in range(0x20, 0x40000)
              if unicodedata.category(chr(cp))[0] in DRAWN_CATEGORIES]
    for start, end in EXTRA_RANGES:
        wanted.extend(range(start, end + 1))
    return sorted(set(wanted) - covered)


def main(args):
    *sources, target = args
    code_points = uncovered(sources)
    if len(code_points) + 2 > MAX_GLYPHS:
        sys.exit(f"{len(code_points)} characters do not fit in one font")
    names = [".notdef", "box"] + [f"u{cp:05X}" for cp in code_points]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({cp: f"u{cp:05X}" for cp in code_points})
    glyphs = {".notdef": box_glyph(), "box": box_glyph()}
    glyphs.update({name: reference_to("box") for name in names[2:]})
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({name: (1000, 100) for name in names})
    # Same vertical metrics as Noto Serif SC, so a fallback character never changes a line's height.
    fb.setupHorizontalHeader(ascent=1151, descent=-286)
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=1151, usWinDescent=286, fsType=0)
    fb.setupNameTable({"familyName": "ID Last Resort", "styleName": "Regular",
                       "fullName": "ID Last Resort Regular", "psName": "IDLastResort-Regular",
                       "uniqueFontIdentifier": "IDLastResort-Regular-1",
                       "copyright": "Integrity Desk project; generated, see src/tools/make-last-resort-font.py",
                       "licenseDescription": "SIL Open Font License 1.1"})
    fb.setupPost()
    fb.save(target)
    print(f"{target}: {len(code_points)} characters drawn as a box")


if __name__ == "__main__":
    main(sys.argv[1:])

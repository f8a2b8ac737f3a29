#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the chart fonts: Lato from resources/fonts without TrueType hinting instructions.

Charts are always rendered unhinted, but Qt's PDF writer loads every embedded glyph hinted,
running the bytecode interpreter: the unhinted copy draws the same outlines, faster.
usage: dehint.py SRC.ttf OUT.ttf   (Debian: python3-fonttools)"""
import sys
from fontTools.ttLib import TTFont

font = TTFont(sys.argv[1])
for table in ('fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX'):
    if table in font:
        del font[table]
for name in font.getGlyphOrder():
    glyph = font['glyf'][name]
    if hasattr(glyph, 'program'):
        glyph.program.fromBytecode(b'')
    if glyph.isComposite() and hasattr(glyph, 'program'):
        glyph.program.fromBytecode(b'')
font['maxp'].maxStackElements = 0
font['maxp'].maxSizeOfInstructions = 0
font['maxp'].maxFunctionDefs = 0
font['maxp'].maxInstructionDefs = 0
font['maxp'].maxTwilightPoints = 0
font['maxp'].maxStorage = 0
font['maxp'].maxZones = 1
font['head'].flags &= ~(1 << 3)  # no "instructions may alter advance width"
font.save(sys.argv[2])

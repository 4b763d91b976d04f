#!/usr/bin/python3
"""Writes a long test track for the peak-heap measurement: a corpus mix repeated to MINUTES minutes (16-bit
stereo 44.1 kHz). usage: memory.py MIX.wav OUT.wav MINUTES"""
import sys

import numpy as np
import soundfile as sf

mix, sr = sf.read(sys.argv[1], dtype="int16")
frames = int(float(sys.argv[3]) * 60 * sr)
with sf.SoundFile(sys.argv[2], "w", sr, mix.shape[1], "PCM_16") as out:
    written = 0
    while written < frames:
        block = mix[: frames - written]
        out.write(block)
        written += len(block)

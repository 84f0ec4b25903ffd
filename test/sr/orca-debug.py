# Starts Orca with its debug output in a line-buffered file, so the transcript test can follow it
# while Orca runs: `orca --debug-file` opens the file with block buffering, flushed only on exit.
# Usage: /usr/bin/python3 orca-debug.py LOG [orca arguments…]
import runpy
import sys

from orca import debug

debug.debugLevel = debug.LEVEL_ALL
debug.eventDebugLevel = debug.LEVEL_OFF
debug.debugFile = open(sys.argv[1], 'w', buffering=1, encoding='utf-8')
sys.argv = ['orca'] + sys.argv[2:]
runpy.run_path('/usr/bin/orca', run_name='__main__')

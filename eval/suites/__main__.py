"""``python -m eval.suites build`` regenerates the suite files, ``build-dev`` the development
suites (eval/suites/dev.py), ``build-dev2`` the third development suites (eval/suites/dev2.py),
``build-dev3`` the fourth (eval/suites/dev3.py), ``build-free`` the hand-written suite
(eval/suites/free.py), ``build-free2`` the second hand-written suite (eval/suites/free2.py),
``build-free3`` the third (eval/suites/free3.py), ``build-free4`` the fourth (eval/suites/free4.py),
``build-free5`` the fifth (eval/suites/free5.py), ``build-free6`` the sixth (eval/suites/free6.py),
``build-free7`` the seventh (eval/suites/free7.py), ``build-free8`` the eighth (eval/suites/free8.py),
``build-free9`` the ninth (eval/suites/free9.py), ``build-free10`` the tenth (eval/suites/free10.py),
``build-free11`` the eleventh (eval/suites/free11.py), ``build-free12`` the twelfth (eval/suites/free12.py),
``build-free13`` the thirteenth, over the synthetic corpus (eval/suites/free13.py),
``build-free14`` the fourteenth (eval/suites/free14.py),
``build-free15`` the fifteenth, over the synthetic corpus (eval/suites/free15.py),
``build-free16`` the sixteenth (eval/suites/free16.py),
``build-hidden2`` the second held-out suite (eval/suites/hidden2.py), ``build-hidden3`` the
third, written by hand (eval/suites/hidden3.py), ``build-hidden4`` the fourth, written by hand
(eval/suites/hidden4.py);
``python -m eval.suites corpus DIR`` writes the synthetic corpus the synth suites are about."""

from __future__ import annotations

import sys
from pathlib import Path

from eval.suites import synth_corpus, write_all


def main(argv: list[str]) -> int:
    """Run one subcommand; print what it wrote."""
    if argv[:1] == ["build"]:
        for path, n in write_all().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-dev"]:
        from eval.suites.dev import write_dev

        for path, n in write_dev().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-dev2"]:
        from eval.suites.dev2 import write_dev2

        for path, n in write_dev2().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-dev3"]:
        from eval.suites.dev3 import write_dev3

        for path, n in write_dev3().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free"]:
        from eval.suites.free import write_free

        for path, n in write_free().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free2"]:
        from eval.suites.free2 import write_free2

        for path, n in write_free2().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free3"]:
        from eval.suites.free3 import write_free3

        for path, n in write_free3().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free4"]:
        from eval.suites.free4 import write_free4

        for path, n in write_free4().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free5"]:
        from eval.suites.free5 import write_free5

        for path, n in write_free5().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free6"]:
        from eval.suites.free6 import write_free6

        for path, n in write_free6().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free7"]:
        from eval.suites.free7 import write_free7

        for path, n in write_free7().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free8"]:
        from eval.suites.free8 import write_free8

        for path, n in write_free8().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free9"]:
        from eval.suites.free9 import write_free9

        for path, n in write_free9().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free10"]:
        from eval.suites.free10 import write_free10

        for path, n in write_free10().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free11"]:
        from eval.suites.free11 import write_free11

        for path, n in write_free11().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free12"]:
        from eval.suites.free12 import write_free12

        for path, n in write_free12().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free13"]:
        from eval.suites.free13 import write_free13

        for path, n in write_free13().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free14"]:
        from eval.suites.free14 import write_free14

        for path, n in write_free14().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free15"]:
        from eval.suites.free15 import write_free15

        for path, n in write_free15().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-free16"]:
        from eval.suites.free16 import write_free16

        for path, n in write_free16().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-hidden2"]:
        from eval.suites.hidden2 import write_hidden2

        for path, n in write_hidden2().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-hidden3"]:
        from eval.suites.hidden3 import write_hidden3

        for path, n in write_hidden3().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["build-hidden4"]:
        from eval.suites.hidden4 import write_hidden4

        for path, n in write_hidden4().items():
            print(f"wrote {n} questions to {path}")
        return 0
    if argv[:1] == ["corpus"] and len(argv) == 2:
        print(f"wrote the synthetic corpus to {synth_corpus(Path(argv[1]))}")
        return 0
    print(
        "usage: python -m eval.suites build | build-dev | build-dev2 | build-dev3 | build-free | build-free2"
        " | build-free3 | build-free4 | build-free5 | build-free6 | build-free7 | build-free8"
        " | build-free9 | build-free10 | build-free11 | build-free12 | build-free13 | build-free14 | build-free15 | build-free16 | build-hidden2 | build-hidden3 | build-hidden4 | corpus DIR",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

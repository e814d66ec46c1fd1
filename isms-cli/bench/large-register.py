#!/usr/bin/env python3
"""Writes an unscored JSON risk register of N risks (default 1,000,000) for `isms4j score`:
27 assets, one per rating (C, I, A in 1 - 3), and risks rated by threat and vulnerability with
importance, likelihood, level and priority left for the command to fill in.

Usage: python3 large-register.py N OUT.json
"""
import json
import sys

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    out = sys.argv[2] if len(sys.argv) > 2 else "large-register.json"
    assets = []
    for c in range(1, 4):
        for i in range(1, 4):
            for a in range(1, 4):
                number = len(assets) + 1
                assets.append({"number": number, "name": "asset %d" % number,
                               "rating": {"confidentiality": c, "integrity": i, "availability": a}})
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"format":"isms4j.risk-register","formatVersion":1,'
                '"model":{"id":"isms4j-standard","version":"1"},"inventory":')
        f.write(json.dumps(assets))
        f.write(',"risks":[')
        for k in range(n):
            if k:
                f.write(",")
            f.write('{"number":%d,"assetNumbers":[%d],"riskSource":"source %d","impactArea":"area",'
                    '"event":"event","lostProperties":["confidentiality"],'
                    '"firstEvaluation":{"threat":%d,"vulnerability":%d}}'
                    % (k + 1, k % 27 + 1, k % 97, k % 3 + 1, (k // 3) % 3 + 1))
        f.write("]}\n")

if __name__ == "__main__":
    main()

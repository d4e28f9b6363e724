#!/usr/bin/env bash
# Refreshes the bundled Zengin bank and branch list from the npm package zengin-code (MIT):
#   modules/billing/scripts/refresh-zengin-codes.sh [version]
# Writes src/main/resources/jp/hometech/billing/zengin/banks.tsv (bank, branch, name, kana; a bank's own row has
# an empty branch) and the package's licence beside it. Needs npm and node; run it, review the diff, commit.
set -euo pipefail
version=${1:-1.0.0-p20260824}
here=$(cd "$(dirname "$0")/.." && pwd)
target="$here/src/main/resources/jp/hometech/billing/zengin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "zengin-code@$version" >/dev/null && tar xzf zengin-code-*.tgz)
node -e '
const data = require(process.argv[1]);
const clean = s => String(s).replace(/[\t\r\n]/g, " ");
const out = ["# zengin-code " + process.argv[2] + " (MIT, see LICENSE-zengin-code.txt): bank\tbranch\tname\tkana"];
for (const code of Object.keys(data).sort()) {
  const bank = data[code];
  out.push([bank.code, "", clean(bank.name), clean(bank.kana)].join("\t"));
  for (const b of Object.keys(bank.branches || {}).sort()) {
    const branch = bank.branches[b];
    out.push([bank.code, branch.code, clean(branch.name), clean(branch.kana)].join("\t"));
  }
}
process.stdout.write(out.join("\n") + "\n");
' "$work/package/lib/zengin-data.js" "$version" > "$target/banks.tsv"
cp "$work/package/LICENSE.txt" "$target/LICENSE-zengin-code.txt"
echo "banks: $(grep -cP '^\d{4}\t\t' "$target/banks.tsv"), branches: $(grep -cP '^\d{4}\t\d{3}\t' "$target/banks.tsv")"

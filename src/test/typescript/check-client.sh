#!/usr/bin/env bash
# The client check: generates a TypeScript client from the committed contract (openapi-typescript types for
# openapi-fetch, pinned in npm-packages.txt) and compiles chatbot-flow.ts against it in strict mode. Fails
# when the flow cannot be written without a non-null assertion or a cast, i.e. when the contract makes a
# field optional or nullable that the service always sends, or names one type twice.
# Run from anywhere: src/test/typescript/check-client.sh (installs the pinned packages when missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

mapfile -t packages < <(grep -v '^\s*#' "$here/npm-packages.txt" | grep -v '^\s*$')
for package in "${packages[@]}"; do
    name="${package%@*}"
    version="${package##*@}"
    installed="$(node -p "try { require('./node_modules/$name/package.json').version } catch (e) { '' }")"
    if [ "$installed" != "$version" ]; then
        npm install --no-save --no-audit --no-fund "${packages[@]}"
        break
    fi
done

# No non-null assertion, no cast and no `any` in the flow (read from its syntax tree).
node "$here/no-escape-hatches.cjs" "$here/chatbot-flow.ts"

mkdir -p target/typescript
npx --no-install openapi-typescript openapi/openapi.yaml --output target/typescript/backspasm-api.d.ts
npx --no-install tsc --project "$here/tsconfig.json"
echo "TypeScript client check: chatbot-flow.ts compiles in strict mode against the generated client"

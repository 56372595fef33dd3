#!/usr/bin/env bash
# Builds (if missing or broken) and starts FerretDB v1.24.2 with the SQLite backend on loopback, for the MongoDB tests.
# Usage from .ci/run:   source .ci/ferretdb.sh         # defines ferretdb_build, ferretdb_start, ferretdb_stop (starts nothing)
#                       ferretdb_start && trap ferretdb_stop EXIT   # builds if needed, starts, exports MONGODB_URI
#                       npx jest                        # MongoDB tests run against it; the outage test starts its own
# Standalone:           bash .ci/ferretdb.sh            # starts it, prints MONGODB_URI=..., leaves it running
# Env: FERRETDB_BIN (binary to use), FERRETDB_CACHE_DIR (where the CI keeps its build, default .ci/cache), FERRETDB_PORT (default: a free port), FERRETDB_DIR (default: a temp dir).

FERRETDB_VERSION=v1.24.2

ferretdb__fail() { echo "ferretdb.sh: $*" >&2; return 1; }

# The project's CI owns its FerretDB binary: built once into this checkout (git-ignored), never taken from ~/go/bin.
FERRETDB_CACHE_DIR="${FERRETDB_CACHE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/cache}"

# True when the binary starts and reports the expected version (a build without version.txt panics at start).
ferretdb__works() {
  local out
  out=$(timeout 30 "$1" --version 2>&1) || return 1
  [[ "$out" == *"$FERRETDB_VERSION"* ]]
}

# Builds FerretDB from its module source with build/version/version.txt written, the way that works on every Go
# version (`go install` leaves version.txt out, and the binary it makes panics at start).
ferretdb__compile() {
  local out=$1 moddir src
  command -v go >/dev/null 2>&1 || { ferretdb__fail "Go is not installed and no working ferretdb binary was found"; return 1; }
  echo "ferretdb.sh: building FerretDB $FERRETDB_VERSION with $(go version | cut -d' ' -f3) (a few minutes)..." >&2
  moddir=$(cd /tmp && go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') || true
  [ -n "$moddir" ] && [ -d "$moddir" ] || { ferretdb__fail "could not download FerretDB $FERRETDB_VERSION"; return 1; }
  src=$(mktemp -d -t ferretdb-src-XXXXXX)
  cp -r "$moddir/." "$src/" && chmod -R u+w "$src" && echo "$FERRETDB_VERSION" >"$src/build/version/version.txt" || {
    rm -rf "$src"; ferretdb__fail "could not copy the FerretDB source"; return 1; }
  mkdir -p "$(dirname "$out")"
  (cd "$src" && GOFLAGS=-buildvcs=false go build -trimpath -o "$out.tmp" ./cmd/ferretdb) >&2 || {
    rm -rf "$src" "$out.tmp"; ferretdb__fail "build failed"; return 1; }
  rm -rf "$src"
  mv -f "$out.tmp" "$out"
}

# Prints the path of a FerretDB binary that starts: FERRETDB_BIN when given, else the CI's own build, rebuilt when
# absent or broken.
ferretdb_build() {
  if [ -n "${FERRETDB_BIN:-}" ]; then
    ferretdb__works "$FERRETDB_BIN" && { echo "$FERRETDB_BIN"; return 0; }
    ferretdb__fail "FERRETDB_BIN=$FERRETDB_BIN does not start (ferretdb --version failed)"; return 1
  fi
  local bin="$FERRETDB_CACHE_DIR/ferretdb-$FERRETDB_VERSION/ferretdb"
  if [ -e "$bin" ]; then
    ferretdb__works "$bin" && { echo "$bin"; return 0; }
    echo "ferretdb.sh: $bin does not start; rebuilding it" >&2
    rm -f "$bin"
  fi
  ferretdb__compile "$bin" || return 1
  ferretdb__works "$bin" || { ferretdb__fail "the FerretDB just built does not start: $("$bin" --version 2>&1 | head -n 3)"; return 1; }
  echo "$bin"
}

# A free TCP port on 127.0.0.1.
ferretdb__free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Starts FerretDB in the background and waits until it accepts connections; exports MONGODB_URI. Idempotent.
ferretdb_start() {
  if [ -n "${FERRETDB_PID:-}" ] && kill -0 "$FERRETDB_PID" 2>/dev/null && [ -n "${MONGODB_URI:-}" ]; then
    echo "MONGODB_URI=$MONGODB_URI"; return 0
  fi
  FERRETDB_BIN=$(ferretdb_build) || return 1
  export FERRETDB_BIN
  FERRETDB_PORT="${FERRETDB_PORT:-$(ferretdb__free_port)}"
  FERRETDB_DIR="${FERRETDB_DIR:-$(mktemp -d -t ferretdb-XXXXXX)}"
  mkdir -p "$FERRETDB_DIR/data"
  "$FERRETDB_BIN" --handler=sqlite --sqlite-url="file:$FERRETDB_DIR/data/" --state-dir="$FERRETDB_DIR" \
    --listen-addr="127.0.0.1:$FERRETDB_PORT" --telemetry=disable --debug-addr=- \
    --log-level=warn >"$FERRETDB_DIR/ferretdb.log" 2>&1 &
  FERRETDB_PID=$!
  echo "$FERRETDB_PID" >"$FERRETDB_DIR/pid"
  local i
  for i in $(seq 1 100); do
    if ! kill -0 "$FERRETDB_PID" 2>/dev/null; then
      cat "$FERRETDB_DIR/ferretdb.log" >&2; ferretdb__fail "FerretDB exited at start"; return 1
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$FERRETDB_PORT") 2>/dev/null; then
      export FERRETDB_PID FERRETDB_PORT FERRETDB_DIR
      export MONGODB_URI="mongodb://127.0.0.1:$FERRETDB_PORT/"
      echo "MONGODB_URI=$MONGODB_URI"
      return 0
    fi
    sleep 0.2
  done
  ferretdb__fail "FerretDB did not accept connections on port $FERRETDB_PORT"
  return 1
}

# Stops the FerretDB started by ferretdb_start and removes its temp data.
ferretdb_stop() {
  if [ -n "${FERRETDB_PID:-}" ] && kill -0 "$FERRETDB_PID" 2>/dev/null; then
    kill "$FERRETDB_PID" 2>/dev/null
    wait "$FERRETDB_PID" 2>/dev/null || true
  fi
  if [ -n "${FERRETDB_DIR:-}" ] && [ -d "$FERRETDB_DIR" ] && [[ "$FERRETDB_DIR" == */ferretdb-* ]]; then rm -rf "$FERRETDB_DIR"; fi
  unset FERRETDB_PID MONGODB_URI
}

# Run directly (not sourced): start it and leave it running.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  ferretdb_start || exit 1
  echo "FerretDB pid $FERRETDB_PID, data $FERRETDB_DIR (stop: kill $FERRETDB_PID)"
fi

#!/usr/bin/env bash
# Builds (if missing) and starts FerretDB v1.24.2 with the SQLite backend on loopback, for the MongoDB tests.
# Usage from .ci/run:   source .ci/ferretdb.sh         # defines ferretdb_build, ferretdb_start, ferretdb_stop (starts nothing)
#                       ferretdb_start && trap ferretdb_stop EXIT   # builds if needed, starts, exports MONGODB_URI
#                       npx jest                        # MongoDB tests run against it; the outage test starts its own
# Standalone:           bash .ci/ferretdb.sh            # starts it, prints MONGODB_URI=..., leaves it running
# Env: FERRETDB_BIN (binary to use), FERRETDB_PORT (default: a free port), FERRETDB_DIR (default: a temp dir).

FERRETDB_VERSION=v1.24.2

ferretdb__fail() { echo "ferretdb.sh: $*" >&2; return 1; }

# Prints the binary path, building it into $HOME/go/bin when absent.
ferretdb_build() {
  local bin="${FERRETDB_BIN:-}"
  if [ -n "$bin" ] && [ -x "$bin" ]; then echo "$bin"; return 0; fi
  bin="$HOME/go/bin/ferretdb"
  if [ -x "$bin" ]; then echo "$bin"; return 0; fi
  if command -v ferretdb >/dev/null 2>&1; then command -v ferretdb; return 0; fi
  command -v go >/dev/null 2>&1 || { ferretdb__fail "Go is not installed and no ferretdb binary found"; return 1; }
  mkdir -p "$HOME/go/bin"
  echo "ferretdb.sh: building FerretDB $FERRETDB_VERSION (a few minutes)..." >&2
  if ! GOBIN="$HOME/go/bin" go install "github.com/FerretDB/FerretDB/cmd/ferretdb@$FERRETDB_VERSION" >&2; then
    # Some proxies refuse the module's version list (used for the deprecation check): fetch the exact version and build it.
    local moddir
    moddir=$(cd /tmp && go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') || true
    [ -n "$moddir" ] && [ -d "$moddir" ] || { ferretdb__fail "could not download FerretDB $FERRETDB_VERSION"; return 1; }
    # Outside `go install` the binary cannot learn its version, so a writable copy gets build/version/version.txt.
    local src
    src=$(mktemp -d -t ferretdb-src-XXXXXX)
    cp -r "$moddir/." "$src/" && chmod -R u+w "$src" && echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
    (cd "$src" && GOFLAGS=-buildvcs=false go build -o "$HOME/go/bin/ferretdb" ./cmd/ferretdb) >&2 || { rm -rf "$src"; ferretdb__fail "build failed"; return 1; }
    rm -rf "$src"
  fi
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

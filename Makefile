# Newsroom: `make run` opens the reader on Samples/, `make test` runs the whole suite.
SHELL := /bin/bash
SWIFT ?= swift
# Debian packages the build and the terminal tests need, and a file each one provides.
# zlib1g-dev: NewsroomNet inflates gzip/deflate bodies itself (CZlib); time: /usr/bin/time -v
# gives scripts/bench-hostile.sh each reload's peak memory.
DEB_PACKAGES := libncursesw5-dev libsqlite3-dev tmux zlib1g-dev time
DEB_CHECKS := /usr/include/ncursesw/curses.h /usr/include/sqlite3.h /usr/include/zlib.h /usr/bin/time
# The build users run links the Swift runtime and Foundation into the binary: start-up then
# maps one file instead of ~60 shared libraries (issue 13; scripts/bench-startup.sh measures
# it). `make test` keeps the dynamic debug build, which links faster.
RELEASE_FLAGS := -c release --static-swift-stdlib
RELEASE_BIN = $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)
DEBUG_BIN = $$($(SWIFT) build --show-bin-path)

.PHONY: all deps build release run test bench fuzz clean

all: build

# Installs what is missing when root; otherwise prints the exact command and stops.
deps:
	@missing=0; \
	for f in $(DEB_CHECKS); do [ -e "$$f" ] || missing=1; done; \
	command -v tmux >/dev/null 2>&1 || missing=1; \
	command -v pkg-config >/dev/null 2>&1 || missing=1; \
	if [ $$missing = 1 ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make: installing $(DEB_PACKAGES) pkg-config"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PACKAGES) pkg-config >/dev/null || exit 1; \
	  else \
	    echo "make: missing system packages; run:"; \
	    echo "  sudo apt-get install -y $(DEB_PACKAGES) pkg-config"; \
	    exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product newsroom

# Opens the reader on the bundled samples (imported into your library, so bookmarks stick;
# NEWSROOM_DB or `make run ARGS="--db /tmp/x.sqlite"` picks another library).
run: release
	"$(RELEASE_BIN)/newsroom" $(ARGS) Samples

test: deps
	$(SWIFT) build --build-tests
	NEWSROOM_BIN="$(DEBUG_BIN)/newsroom" NEWSROOM_SAMPLES="$(CURDIR)/Samples" $(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product newsroom-bench
	$(SWIFT) build $(RELEASE_FLAGS) --product newsroom
	NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" bash scripts/bench-startup.sh
	NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" "$(RELEASE_BIN)/newsroom-bench"
	NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" bash scripts/bench-reader.sh
	NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" bash scripts/bench-reload.sh
	NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" bash scripts/bench-hostile.sh
	@if [ -n "$(FEEDPARSER_CHECKOUT)" ]; then \
	  NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" python3 scripts/feedparser-conformance.py "$(FEEDPARSER_CHECKOUT)" || true; \
	else \
	  echo "feedparser conformance: skipped (make bench FEEDPARSER_CHECKOUT=path/to/feedparser to run it)"; \
	fi
	NEWSROOM_BIN="$(RELEASE_BIN)/newsroom" bash scripts/bench-extract.sh

# Every fuzz target, FUZZ_SECONDS each (default 600): the dump parser, then the feed parsers.
fuzz: deps
	@status=0; bash scripts/fuzz.sh dump || status=1; bash scripts/fuzz-feeds.sh || status=1; exit $$status

clean:
	rm -rf .build

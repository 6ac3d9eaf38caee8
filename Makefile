# Convenience targets; the scripts are the source of truth (see README.md).
#   make            configure and build build/ (Release); installs nothing
#   make setup      install missing build dependencies (apt)
#   make examples   = ./scripts/run-examples.sh
#   make test       = ./scripts/test.sh (sanitized Debug build in build-test/ + ctest)
#   make install    install build/ into CMAKE_INSTALL_PREFIX (default /usr/local)
#   make clean      remove build/ and build-test/
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all setup examples test install clean

all:
	cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
	cmake --build build -j$(JOBS)

setup:
	./scripts/setup.sh

examples:
	./scripts/run-examples.sh

test:
	./scripts/test.sh

install: all
	cmake --install build

clean:
	rm -rf build build-test

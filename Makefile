# PrimoWork: the two commands of the README.
#   make run    install what is missing, build (Release), migrate var/primowork.db, load the demo
#               data, serve on http://127.0.0.1:8080
#   make test   install what the tests need, build, run every suite (unit, PostgreSQL, browser)
BUILD_DIR ?= build
BUILD_TYPE ?= Release
WERROR ?= ON
PRIMOWORK := $(BUILD_DIR)/primowork

.PHONY: run test build deps-build deps-test configure format tidy bench clean

run: deps-build build var/secret
	@mkdir -p var
	PRIMOWORK_SECRET="$$(cat var/secret)" $(PRIMOWORK) demo
	@echo
	@echo "PrimoWork: http://127.0.0.1:8080/  (log in at /connexion with an account above; Ctrl+C to stop)"
	PRIMOWORK_SECRET="$$(cat var/secret)" exec $(PRIMOWORK) serve

test: deps-test build
	scripts/test.sh $(BUILD_DIR)

deps-build:
	scripts/install-deps.sh build

deps-test:
	scripts/install-deps.sh test

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPRIMOWORK_WERROR=$(WERROR)

configure: $(BUILD_DIR)/build.ninja

build: $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR)

# A random key for tokens and field encryption, made once and kept out of git.
var/secret:
	@mkdir -p var
	@umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > var/secret
	@echo "Generated var/secret (PRIMOWORK_SECRET)"

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp')

tidy: configure
	clang-tidy -p $(BUILD_DIR) $$(git ls-files 'src/*.cpp')

bench: build
	$(BUILD_DIR)/bench/platform_bench

clean:
	rm -rf $(BUILD_DIR)

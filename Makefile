# httpstatus: explains HTTP status codes, offline. See README.md.
# GNU make 3.81 or later (what macOS ships): no grouped targets, no 4.x
# functions; tests/build/run.sh checks for them.

# The version, stated here only; --version shows it with the day the data
# was last checked against the IANA registry (data/CHECKED).
VERSION = 0.3.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
# Debian's zsh reads vendor-completions under /usr, not site-functions.
ZSH_DEBIAN = $(if $(filter /usr,$(PREFIX)),$(wildcard /etc/debian_version))
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/$(if $(ZSH_DEBIAN),vendor-completions,site-functions)
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

# The user's flags (command line or environment) come after the project's
# own and add to them: `make CFLAGS=-O3` keeps -std=c11 and the warnings.
CC ?= cc
CFLAGS ?= -O2 -g
HS_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_FILE_OFFSET_BITS=64 -Isrc -I$(GENERATED)
HS_CFLAGS = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes
HS_LDFLAGS =
# -Werror is for the project's own checks (the builds of make check), not
# for the binary a user or a distribution builds.
WERROR = -Werror

# What runs at build time (the generator) is built for the build machine
# with BUILD_CC and its libcsv; what ships is built with CC. So
# `make CC=aarch64-linux-gnu-gcc` cross-compiles in one step.
BUILD_CC ?= cc
BUILD_CFLAGS ?= -O2 -g
BUILD_CPPFLAGS ?=
BUILD_LDFLAGS ?=
GPERF ?= gperf

# The binary is linked dynamically, as distributions want it, unless
# STATIC=1 asks for a static one (the release binaries and bench/): then CC
# defaults to musl-gcc, whose static binaries start fastest (bench/README.md).
STATIC =
STATIC_CC = $(if $(filter default,$(origin CC)),musl-gcc,$(CC))
SHIP = $(if $(filter 1,$(STATIC)),static,release)

# The tests' own builds: unit tests and valgrind's binary (DWARF 4, which
# valgrind 3.19 reads from clang too; and compat's portable fallbacks, so
# that they are tested on every system), the sanitizers and the fuzzers.
TEST_FLAGS = -gdwarf-4 -DCOMPAT_PORTABLE $(WERROR)
SANITIZE_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all $(WERROR)

BUILD = build
GENERATED = $(BUILD)/generated

# Each build's compile and link commands. A change to one (another compiler,
# other flags) rebuilds that build's objects: see "Flags stamps" below.
RELEASE_COMPILE = $(CC) $(HS_CPPFLAGS) $(CPPFLAGS) $(HS_CFLAGS) $(CFLAGS)
# zlib reads gzip-compressed logs (commands/compressed.c). musl-gcc
# searches musl's own library directory only, and Debian ships no zlib built
# for musl: the static binary links the system's libz.a, whose inflate calls
# only memcpy, memset, malloc and free, which musl provides alike.
# Its header is found after musl's own, so that every standard header
# still comes from musl.
ZLIB = -lz
STATIC_MUSL = $(filter musl-gcc,$(STATIC_CC))
STATIC_ZLIB = $(if $(STATIC_MUSL),$(shell $(BUILD_CC) -print-file-name=libz.a),-lz)
STATIC_ZLIB_INCLUDE = $(if $(STATIC_MUSL),-idirafter $(dir $(shell printf '\043include <zlib.h>\n' | $(BUILD_CC) -M -xc - | grep -o '[^ ]*/zlib\.h')))

RELEASE_LINK = $(CC) $(HS_CFLAGS) $(CFLAGS) $(HS_LDFLAGS) $(LDFLAGS)
STATIC_COMPILE = $(STATIC_CC) $(HS_CPPFLAGS) $(STATIC_ZLIB_INCLUDE) $(CPPFLAGS) $(HS_CFLAGS) $(CFLAGS)
STATIC_LINK = $(STATIC_CC) $(HS_CFLAGS) $(CFLAGS) $(HS_LDFLAGS) $(LDFLAGS) -static
OBJ_COMPILE = $(CC) $(HS_CPPFLAGS) $(CPPFLAGS) $(HS_CFLAGS) $(CFLAGS) $(TEST_FLAGS)
OBJ_LINK = $(CC) $(HS_CFLAGS) $(CFLAGS) $(TEST_FLAGS) $(HS_LDFLAGS) $(LDFLAGS)
ASAN_COMPILE = $(CC) $(HS_CPPFLAGS) $(CPPFLAGS) $(HS_CFLAGS) $(CFLAGS) $(SANITIZE_FLAGS) $(WERROR)
ASAN_LINK = $(CC) $(HS_CFLAGS) $(CFLAGS) $(SANITIZE_FLAGS) $(HS_LDFLAGS) $(LDFLAGS)
FUZZ_COMPILE = $(FUZZ_CC) $(HS_CPPFLAGS) $(CPPFLAGS) $(FUZZ_FLAGS)
FUZZ_LINK = $(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer
GEN_COMPILE = $(BUILD_CC) $(HS_CPPFLAGS) $(BUILD_CPPFLAGS) $(HS_CFLAGS) $(BUILD_CFLAGS)
GEN_LINK = $(BUILD_CC) $(HS_CFLAGS) $(BUILD_CFLAGS) $(HS_LDFLAGS) $(BUILD_LDFLAGS)

# The library: everything but main.c, so the unit tests can link it.
LIB_SOURCES = $(sort $(wildcard src/commands/*.c src/output/*.c src/filters/*.c src/core/*.c src/compat/*.c)) \
	src/cli/complete.c src/cli/options.c src/cli/subcommands.c
GEN_SOURCES = gen/csv_rows.c gen/dataset.c gen/diag.c gen/emit.c gen/example.c gen/guides.c src/core/schema.c \
	src/core/code.c src/core/name.c src/core/search_words.c src/core/status_line.c src/core/utf8.c src/core/vocabulary.c \
	gen/search_index.c gen/situations.c src/core/stem.c
UNIT_TESTS = test_annotate test_batch test_code test_compat test_facts test_generator test_guide_output test_guides test_json test_lookup test_name \
	test_query test_search test_wrap
# Logs and HTTP traffic as input.
UNIT_TESTS += test_annotate_json test_heads test_json_status test_log_code test_status_line test_tally
# The data's example responses, read as response heads.
UNIT_TESTS += test_examples
# Access log layouts, compressed logs and counting over time (issue 25).
UNIT_TESTS += test_log_layout test_progress test_timestamp

RELEASE_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/release/%.o)
STATIC_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/static/%.o)
LIB_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/obj/%.o)
SANITIZED_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/asan/%.o)
GEN_OBJECTS = $(GEN_SOURCES:%.c=$(BUILD)/gen/%.o)
# The tables the generator writes, and the header that carries the version.
GENERATED_TABLES = $(GENERATED)/status_data.c $(GENERATED)/status_data.h \
	$(GENERATED)/status_names.gperf $(GENERATED)/httpstatus-codes.7 $(GENERATED)/guides_data.c \
	$(GENERATED)/search_index_data.c
GENERATED_FILES = $(GENERATED)/status_data.c $(GENERATED)/status_data.h \
	$(GENERATED)/status_names.c $(GENERATED)/version.h $(GENERATED)/guides_data.c \
	$(GENERATED)/search_index_data.c
GUIDES_CSV = data/advice.csv data/choose.csv data/synonyms.csv data/spellings.csv data/situations.csv
# httpstatus-codes(7) carries the date of httpstatus(1).
MANUAL_DATE = $(shell sed -n 's/^\.Dd //p' man/httpstatus.1)

all: httpstatus $(GENERATED)/httpstatus-codes.7

# ./httpstatus is the dynamic build, or the static one with STATIC=1; it is
# copied again when that choice changes ($(BUILD)/ship.flags).
httpstatus: $(BUILD)/$(SHIP)/httpstatus $(BUILD)/ship.flags
	cp $(BUILD)/$(SHIP)/httpstatus $@.tmp && mv -f $@.tmp $@

$(BUILD)/release/httpstatus: $(BUILD)/release/src/cli/main.o $(RELEASE_OBJECTS)
	$(RELEASE_LINK) -o $@ $(filter %.o,$^) $(ZLIB)

$(BUILD)/static/httpstatus: $(BUILD)/static/src/cli/main.o $(STATIC_OBJECTS)
	$(STATIC_LINK) -o $@ $(filter %.o,$^) $(STATIC_ZLIB)

# The same program built as the unit tests are, for valgrind.
$(BUILD)/glibc/httpstatus: $(BUILD)/obj/src/cli/main.o $(LIB_OBJECTS)
	@mkdir -p $(@D)
	$(OBJ_LINK) -o $@ $(filter %.o,$^) $(ZLIB)

$(BUILD)/asan/httpstatus: $(BUILD)/asan/src/cli/main.o $(SANITIZED_OBJECTS)
	$(ASAN_LINK) -o $@ $(filter %.o,$^) $(ZLIB)

# The object rule of each build, written once: BUILD/NAME/%.o from %.c
# with NAME's compile command (and extra flags), rebuilt when NAME.flags
# changes. The generated tables are compiled by the sources that include
# them (src/core/status.c, src/core/guides.c), so they need no rule.
define OBJECT_RULE
$$(BUILD)/$(1)/%.o: %.c $$(BUILD)/$(1).flags | $$(GENERATED_FILES)
	@mkdir -p $$(@D)
	$$($(2)) $(3) -MMD -MP -c -o $$@ $$<
endef
$(eval $(call OBJECT_RULE,release,RELEASE_COMPILE))
$(eval $(call OBJECT_RULE,static,STATIC_COMPILE))
$(eval $(call OBJECT_RULE,obj,OBJ_COMPILE))
$(eval $(call OBJECT_RULE,asan,ASAN_COMPILE))
$(eval $(call OBJECT_RULE,fuzz,FUZZ_COMPILE,-fsanitize=fuzzer-no-link))

# The generator checks the CSV and writes the tables; gperf hashes the names.
$(BUILD)/gen/%.o: %.c $(BUILD)/gen.flags
	@mkdir -p $(@D)
	$(GEN_COMPILE) -MMD -MP -c -o $@ $<

$(BUILD)/httpstatus-gen: $(BUILD)/gen/gen/main.o $(GEN_OBJECTS)
	$(GEN_LINK) -o $@ $(filter %.o,$^) -lcsv

# One run writes six files: they depend on a stamp dated from just before
# the run (grouped targets, &:, need GNU make 4.3).
$(GENERATED)/tables.stamp: $(BUILD)/httpstatus-gen data/status.csv data/classes.csv \
		data/iis_substatus.csv $(GUIDES_CSV) man/httpstatus.1
	@mkdir -p $(GENERATED)
	@touch $@.tmp
	$(BUILD)/httpstatus-gen -g data data/status.csv data/classes.csv data/iis_substatus.csv $(GENERATED) "$(MANUAL_DATE)"
	@mv -f $@.tmp $@

$(GENERATED_TABLES): $(GENERATED)/tables.stamp
	@test -f $@ || { echo "$@ is missing: remove $< and run make again" >&2; exit 1; }

$(GENERATED)/status_names.c: $(GENERATED)/status_names.gperf
	$(GPERF) $< > $@.tmp && mv $@.tmp $@

# data/CHECKED holds the day (YYYY-MM-DD) the data was last checked against
# the IANA registry, after its comment lines.
$(GENERATED)/version.h: Makefile data/CHECKED
	@mkdir -p $(@D)
	@checked=$$(sed '/^#/d' data/CHECKED); \
	if ! printf '%s\n' "$$checked" | grep -qx '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'; then \
		echo "data/CHECKED: expected one date, YYYY-MM-DD, after its comments, not '$$checked'" >&2; exit 1; \
	fi; \
	{ echo '/* Generated by the Makefile from VERSION and data/CHECKED: do not edit. */'; \
	  echo '#define HTTPSTATUS_VERSION "$(VERSION)"'; \
	  echo "#define HTTPSTATUS_DATA_CHECKED \"$$checked\""; } >$@.tmp && mv -f $@.tmp $@

# Flags stamps: each build's commands, written to $(BUILD)/NAME.flags only
# when they change, so that the objects that depend on it are rebuilt then
# and only then (as git's GIT-CFLAGS).
FLAGS_release = $(RELEASE_COMPILE) ; $(RELEASE_LINK)
FLAGS_static = $(STATIC_COMPILE) ; $(STATIC_LINK)
FLAGS_obj = $(OBJ_COMPILE) ; $(OBJ_LINK)
FLAGS_asan = $(ASAN_COMPILE) ; $(ASAN_LINK)
FLAGS_fuzz = $(FUZZ_COMPILE) ; $(FUZZ_LINK)
FLAGS_gen = $(GEN_COMPILE) ; $(GEN_LINK)
FLAGS_portable = $(PORTABLE_COMPILE)
FLAGS_ship = $(SHIP)
FLAGS_STAMPS = $(BUILD)/release.flags $(BUILD)/static.flags $(BUILD)/obj.flags $(BUILD)/asan.flags \
	$(BUILD)/fuzz.flags $(BUILD)/gen.flags $(BUILD)/portable.flags $(BUILD)/ship.flags

$(FLAGS_STAMPS): FORCE
	@mkdir -p $(@D)
	@printf '%s\n' '$(subst ','\'',$(FLAGS_$(notdir $(basename $@))))' >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

FORCE:

# Unit tests link the library (or the generator's modules), never main.c.
$(BUILD)/tests/test_generator: $(BUILD)/obj/tests/unit/test_generator.o $(GEN_SOURCES:%.c=$(BUILD)/obj/%.o)
	@mkdir -p $(@D)
	$(OBJ_LINK) -o $@ $(filter %.o,$^) -lcsv -lcmocka $(ZLIB)

$(BUILD)/tests/test_%: $(BUILD)/obj/tests/unit/test_%.o $(LIB_OBJECTS)
	@mkdir -p $(@D)
	$(OBJ_LINK) -o $@ $(filter %.o,$^) -lcmocka $(ZLIB)

$(BUILD)/asan-tests/test_generator: $(BUILD)/asan/tests/unit/test_generator.o $(GEN_SOURCES:%.c=$(BUILD)/asan/%.o)
	@mkdir -p $(@D)
	$(ASAN_LINK) -o $@ $(filter %.o,$^) -lcsv -lcmocka $(ZLIB)

$(BUILD)/asan-tests/test_%: $(BUILD)/asan/tests/unit/test_%.o $(SANITIZED_OBJECTS)
	@mkdir -p $(@D)
	$(ASAN_LINK) -o $@ $(filter %.o,$^) -lcmocka $(ZLIB)

# make check runs its parts side by side on CHECK_JOBS cores, the longest
# first. valgrind costs about 0.3 s a run, so make check runs every other
# system case under it (ASan and UBSan run them all) and CI runs the other
# half (check-valgrind-2): all of them took about five minutes of CPU.
CHECK_JOBS = 2
CHECKS = check-valgrind-1 check-sanitize check-fuzz check-build check-unit check-system check-search \
	check-data check-surface check-install check-layers

# Each part's output comes whole, where make can (4.0 and later).
CHECK_SYNC = $(if $(filter 3.%,$(MAKE_VERSION)),,--output-sync=target)

check:
	@$(MAKE) -j$(CHECK_JOBS) $(CHECK_SYNC) $(CHECKS)

# The build itself: flags from the command line add to the project's,
# -Werror only in the checks, rebuilds on new flags; and the strict compile.
check-build: check-portable
	MAKE='$(MAKE)' tests/build/run.sh

# Every C source compiles as C11 and POSIX.1-2008 alone, no _GNU_SOURCE,
# with compat's portable fallbacks (what macOS and FreeBSD get): syntax
# only, no object.
PORTABLE_SOURCES = $(sort $(wildcard src/*/*.c gen/*.c tests/unit/*.c tests/fuzz/*.c))
PORTABLE_COMPILE = $(CC) -std=c11 -U_GNU_SOURCE -D_POSIX_C_SOURCE=200809L -D_FILE_OFFSET_BITS=64 \
	-DCOMPAT_PORTABLE -Isrc -I$(GENERATED) $(CPPFLAGS) -Wall -Wextra -Wshadow -Wstrict-prototypes \
	$(WERROR) -fsyntax-only

$(BUILD)/portable/%.ok: %.c $(BUILD)/portable.flags | $(GENERATED_FILES)
	@mkdir -p $(@D)
	$(PORTABLE_COMPILE) -MMD -MP -MT $@ -MF $(@:.ok=.d) $< && touch $@

check-portable: $(PORTABLE_SOURCES:%.c=$(BUILD)/portable/%.ok)
	@echo "check-portable: $(words $^) sources compile with -std=c11 -D_POSIX_C_SOURCE=200809L alone"

# RUN runs a test program: empty here, qemu-user for check-cross.
RUN =

check-unit: $(UNIT_TESTS:%=$(BUILD)/tests/%)
	@for test in $(UNIT_TESTS:%=$(BUILD)/tests/%); do $(RUN) $$test || exit 1; done

check-system: httpstatus
	tests/system/run.sh ./httpstatus
	tests/schema/run.sh ./httpstatus
	tests/agreement/run.sh ./httpstatus
	tests/typed/run.sh ./httpstatus

# The layers: include arrows point down, tables only from core/, no loop.
check-layers:
	tests/layers/run.sh

# The search test sets (tests/search/README.md): the tuned set's score must
# stay above its floor; the held-out set's is reported, never checked.
check-search: httpstatus
	tests/search/run.sh ./httpstatus

check-data: $(BUILD)/httpstatus-gen httpstatus
	tests/data/run.sh $(BUILD)/httpstatus-gen
	tests/data/guides.sh $(BUILD)/httpstatus-gen
	tests/data/python_phrases.sh ./httpstatus

check-surface: httpstatus $(GENERATED)/httpstatus-codes.7
	tools/man_fields.py --check man/httpstatus.1
	mandoc -Tlint -W warning man/httpstatus.1 $(GENERATED)/httpstatus-codes.7
	tests/surface/run.sh ./httpstatus
	tests/completions/run.sh ./httpstatus

check-install: httpstatus $(GENERATED)/httpstatus-codes.7 $(GENERATED)/version.h
	MAKE='$(MAKE)' tests/install/run.sh $(GENERATED)/version.h

check-sanitize: $(BUILD)/asan/httpstatus $(UNIT_TESTS:%=$(BUILD)/asan-tests/%)
	@for test in $(UNIT_TESTS:%=$(BUILD)/asan-tests/%); do $$test || exit 1; done
	tests/system/run.sh $(BUILD)/asan/httpstatus

# valgrind memcheck over every system test: no error, no leak. The cases
# are shared between two runs, which make check runs side by side.
check-valgrind: check-valgrind-1 check-valgrind-2

check-valgrind-1 check-valgrind-2: $(BUILD)/glibc/httpstatus
	VALGRIND=1 SHARD=$(@:check-valgrind-%=%)/2 tests/system/run.sh $(BUILD)/glibc/httpstatus

# Cross builds, run under qemu-user: aarch64, big-endian s390x, and 32-bit
# i686 (a 32-bit long and pointer; off_t stays 64 bits). Each builds in its
# own tree with its cross compiler (the generator with BUILD_CC, natively),
# then runs the unit and system tests. Each entry is TRIPLET:QEMU. The
# programs load the target's libraries from Debian's multiarch packages
# (libc6:arm64, libcmocka0:arm64, ...: make deps): qemu -L with the cross
# toolchain's own libc hangs in pthread_create (qemu 7.2, glibc 2.36).
# zlib is the exception: make deps puts the target's libz.a in the cross
# toolchain's /usr/TRIPLET/lib, where -lz finds it first, so it is linked in.
CROSS = aarch64-linux-gnu:aarch64 s390x-linux-gnu:s390x i686-linux-gnu:i386

check-cross:
	@for target in $(CROSS); do \
		triplet=$${target%%:*}; \
		echo "== $$triplet"; \
		$(MAKE) BUILD=$(BUILD)/cross/$$triplet CC=$$triplet-gcc \
			RUN=qemu-$${target#*:} check-emulated || exit 1; \
	done

check-emulated: $(BUILD)/release/httpstatus $(UNIT_TESTS:%=$(BUILD)/tests/%)
	@mkdir -p $(BUILD)/emulated
	@printf '#!/bin/sh\nexec %s "%s" "$$@"\n' '$(RUN)' "$$(pwd)/$(BUILD)/release/httpstatus" >$(BUILD)/emulated/httpstatus
	@chmod +x $(BUILD)/emulated/httpstatus
	@for test in $(UNIT_TESTS:%=$(BUILD)/tests/%); do $(RUN) $$test || exit 1; done
	tests/system/run.sh $(BUILD)/emulated/httpstatus

# libFuzzer harnesses, built with clang. make fuzz runs each for FUZZ_SECONDS;
# make check runs each for a few seconds so every CI run exercises them.
FUZZ_SECONDS = 60
FUZZERS = fuzz_annotate fuzz_generator fuzz_query fuzz_search fuzz_stream
FUZZERS += fuzz_heads fuzz_json_status fuzz_log_layout fuzz_annotate_layouts
FUZZ_LIB_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/fuzz/%.o)
FUZZ_GEN_OBJECTS = $(GEN_SOURCES:%.c=$(BUILD)/fuzz/%.o)

$(BUILD)/fuzz/fuzz_generator: $(BUILD)/fuzz/tests/fuzz/fuzz_generator.o $(FUZZ_GEN_OBJECTS)
	$(FUZZ_LINK) -o $@ $(filter %.o,$^) -lcsv

$(BUILD)/fuzz/fuzz_%: $(BUILD)/fuzz/tests/fuzz/fuzz_%.o $(BUILD)/fuzz/tests/fuzz/blocks.o \
		$(FUZZ_LIB_OBJECTS)
	$(FUZZ_LINK) -o $@ $(filter %.o,$^) $(ZLIB)

fuzz: $(FUZZERS:%=$(BUILD)/fuzz/%)
	tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZERS)

check-fuzz: $(FUZZERS:%=$(BUILD)/fuzz/%)
	tests/fuzz/run.sh 3 $(FUZZERS)

deps:
	@sh tools/deps.sh

# The field lists of httpstatus(1), written from src/core/schema.def.
man:
	tools/man_fields.py man/httpstatus.1

# The install paths as single-quoted shell words, whatever they hold
# (spaces, quotes): a path is never split into fragments for install or rm.
shell_quote = '$(subst ','\'',$(1))'
INSTALL_BIN = $(call shell_quote,$(DESTDIR)$(BINDIR))
INSTALL_MAN1 = $(call shell_quote,$(DESTDIR)$(MANDIR)/man1)
INSTALL_MAN7 = $(call shell_quote,$(DESTDIR)$(MANDIR)/man7)
INSTALL_BASH = $(call shell_quote,$(DESTDIR)$(BASHCOMPDIR))
INSTALL_ZSH = $(call shell_quote,$(DESTDIR)$(ZSHCOMPDIR))
INSTALL_FISH = $(call shell_quote,$(DESTDIR)$(FISHCOMPDIR))

install: httpstatus $(GENERATED)/httpstatus-codes.7
	install -d $(INSTALL_BIN) $(INSTALL_MAN1) $(INSTALL_MAN7) $(INSTALL_BASH) $(INSTALL_ZSH) $(INSTALL_FISH)
	install -m 755 httpstatus $(INSTALL_BIN)/httpstatus
	install -m 644 man/httpstatus.1 $(INSTALL_MAN1)/httpstatus.1
	install -m 644 '$(GENERATED)/httpstatus-codes.7' $(INSTALL_MAN7)/httpstatus-codes.7
	install -m 644 completions/httpstatus.bash $(INSTALL_BASH)/httpstatus
	install -m 644 completions/_httpstatus $(INSTALL_ZSH)/_httpstatus
	install -m 644 completions/httpstatus.fish $(INSTALL_FISH)/httpstatus.fish

uninstall:
	rm -f $(INSTALL_BIN)/httpstatus $(INSTALL_MAN1)/httpstatus.1 $(INSTALL_MAN7)/httpstatus-codes.7 \
		$(INSTALL_BASH)/httpstatus $(INSTALL_ZSH)/_httpstatus $(INSTALL_FISH)/httpstatus.fish

clean:
	rm -rf '$(BUILD)' httpstatus

# The speed figures of bench/README.md are for the static binary (STATIC=1);
# valgrind counts allocations in the dynamic one.
bench: $(BUILD)/static/httpstatus $(BUILD)/glibc/httpstatus
	bench/run.sh $(BUILD)/static/httpstatus $(BUILD)/glibc/httpstatus

.PHONY: all check check-build check-portable check-unit check-system check-search check-data check-surface check-install check-layers \
	check-sanitize check-valgrind check-valgrind-1 check-valgrind-2 check-cross check-emulated check-fuzz fuzz deps man \
	install uninstall clean bench FORCE

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# Keep intermediate objects: tests are rebuilt only when their sources change.
.SECONDARY:

include mk/dist.mk

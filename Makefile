# httpstatus: explains HTTP status codes, offline. See README.md.

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

CC ?= cc
GPERF ?= gperf
CFLAGS ?= -O2 -g
CFLAGS += -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
CPPFLAGS += -D_GNU_SOURCE -DHTTPSTATUS_VERSION='"$(VERSION)"' -Isrc -Ibuild/generated
SANITIZE_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

BUILD = build
GENERATED = $(BUILD)/generated

# The library: everything but main.c, so the unit tests can link it.
LIB_SOURCES = $(sort $(wildcard src/commands/*.c src/output/*.c src/filters/*.c src/core/*.c)) \
	src/cli/complete.c src/cli/options.c src/cli/subcommands.c
GEN_SOURCES = gen/csv_rows.c gen/dataset.c gen/diag.c gen/emit.c \
	src/core/name.c src/core/search_words.c src/core/utf8.c src/core/vocabulary.c
UNIT_TESTS = test_annotate test_batch test_code test_facts test_generator test_json test_lookup test_name \
	test_query test_search test_wrap

LIB_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/status_data.o
SANITIZED_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/asan/%.o) $(BUILD)/asan/status_data.o
GEN_OBJECTS = $(GEN_SOURCES:%.c=$(BUILD)/gen/%.o)
GENERATED_FILES = $(GENERATED)/status_data.c $(GENERATED)/status_data.h \
	$(GENERATED)/status_names.c
# httpstatus-codes(7) carries the date of httpstatus(1).
MANUAL_DATE = $(shell sed -n 's/^\.Dd //p' man/httpstatus.1)

all: httpstatus $(GENERATED)/httpstatus-codes.7

# The binary users run is linked statically against musl when musl-gcc is
# installed: it then starts in less time than a static glibc "hello" and
# opens no file (bench/README.md). Without musl-gcc, $(CC) links it as usual.
# The tests' own builds (unit tests, sanitizers, fuzzers) use $(CC) or clang.
MUSL_CC := $(shell command -v musl-gcc 2>/dev/null)
RELEASE_CC = $(if $(MUSL_CC),$(MUSL_CC),$(CC))
RELEASE_LDFLAGS = $(if $(MUSL_CC),-static)
RELEASE_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/release/%.o) $(BUILD)/release/status_data.o

httpstatus: $(BUILD)/release/src/cli/main.o $(RELEASE_OBJECTS)
	$(RELEASE_CC) $(CFLAGS) $(LDFLAGS) $(RELEASE_LDFLAGS) -o $@ $^

# The same program linked dynamically with glibc, for valgrind, which can
# only watch the allocator of a dynamically linked program.
$(BUILD)/glibc/httpstatus: $(BUILD)/obj/src/cli/main.o $(LIB_OBJECTS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^

$(BUILD)/release/%.o: %.c | $(GENERATED_FILES)
	@mkdir -p $(@D)
	$(RELEASE_CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/release/status_data.o: $(GENERATED)/status_data.c
	@mkdir -p $(@D)
	$(RELEASE_CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The generator checks the CSV and writes the tables; gperf hashes the names.
$(BUILD)/httpstatus-gen: $(BUILD)/gen/gen/main.o $(GEN_OBJECTS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ -lcsv

$(GENERATED)/status_data.c $(GENERATED)/status_data.h $(GENERATED)/status_names.gperf \
$(GENERATED)/httpstatus-codes.7 &: $(BUILD)/httpstatus-gen data/status.csv data/classes.csv man/httpstatus.1
	@mkdir -p $(GENERATED)
	$(BUILD)/httpstatus-gen data/status.csv data/classes.csv $(GENERATED) "$(MANUAL_DATE)"

$(GENERATED)/status_names.c: $(GENERATED)/status_names.gperf
	$(GPERF) $< > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/%.o: %.c | $(GENERATED_FILES)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/status_data.o: $(GENERATED)/status_data.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/asan/%.o: %.c | $(GENERATED_FILES)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SANITIZE_FLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/asan/status_data.o: $(GENERATED)/status_data.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SANITIZE_FLAGS) -c -o $@ $<

$(BUILD)/gen/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/asan/httpstatus: $(BUILD)/asan/src/cli/main.o $(SANITIZED_OBJECTS)
	$(CC) $(CFLAGS) $(SANITIZE_FLAGS) $(LDFLAGS) -o $@ $^

# Unit tests link the library (or the generator's modules), never main.c.
$(BUILD)/tests/test_generator: $(BUILD)/obj/tests/unit/test_generator.o $(GEN_OBJECTS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ -lcsv -lcmocka

$(BUILD)/tests/test_%: $(BUILD)/obj/tests/unit/test_%.o $(LIB_OBJECTS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ -lcmocka

$(BUILD)/asan-tests/test_generator: $(BUILD)/asan/tests/unit/test_generator.o $(GEN_SOURCES:%.c=$(BUILD)/asan/%.o)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SANITIZE_FLAGS) $(LDFLAGS) -o $@ $^ -lcsv -lcmocka

$(BUILD)/asan-tests/test_%: $(BUILD)/asan/tests/unit/test_%.o $(SANITIZED_OBJECTS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SANITIZE_FLAGS) $(LDFLAGS) -o $@ $^ -lcmocka

check: check-unit check-system check-data check-surface check-install check-sanitize check-valgrind \
	check-fuzz

check-unit: $(UNIT_TESTS:%=$(BUILD)/tests/%)
	@for test in $^; do $$test || exit 1; done

check-system: httpstatus
	tests/system/run.sh ./httpstatus
	tests/schema/run.sh ./httpstatus

check-data: $(BUILD)/httpstatus-gen httpstatus
	tests/data/run.sh $(BUILD)/httpstatus-gen
	tests/data/python_phrases.sh ./httpstatus

check-surface: httpstatus $(GENERATED)/httpstatus-codes.7
	mandoc -Tlint -W warning man/httpstatus.1 $(GENERATED)/httpstatus-codes.7
	tests/surface/run.sh ./httpstatus
	tests/completions/run.sh ./httpstatus

check-install: httpstatus $(GENERATED)/httpstatus-codes.7
	tests/install/run.sh

check-sanitize: $(BUILD)/asan/httpstatus $(UNIT_TESTS:%=$(BUILD)/asan-tests/%)
	@for test in $(UNIT_TESTS:%=$(BUILD)/asan-tests/%); do $$test || exit 1; done
	tests/system/run.sh $(BUILD)/asan/httpstatus

# libFuzzer harnesses, built with clang. make fuzz runs each for FUZZ_SECONDS;
# make check runs each for a few seconds so every CI run exercises them.
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_SECONDS = 60
FUZZERS = fuzz_annotate fuzz_generator fuzz_query fuzz_search fuzz_stream
FUZZ_LIB_OBJECTS = $(LIB_SOURCES:%.c=$(BUILD)/fuzz/%.o) $(BUILD)/fuzz/status_data.o
FUZZ_GEN_OBJECTS = $(GEN_SOURCES:%.c=$(BUILD)/fuzz/%.o)

$(BUILD)/fuzz/%.o: %.c | $(GENERATED_FILES)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(BUILD)/fuzz/status_data.o: $(GENERATED)/status_data.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_FLAGS) -c -o $@ $<

$(BUILD)/fuzz/fuzz_generator: $(BUILD)/fuzz/tests/fuzz/fuzz_generator.o $(FUZZ_GEN_OBJECTS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $^ -lcsv

$(BUILD)/fuzz/fuzz_%: $(BUILD)/fuzz/tests/fuzz/fuzz_%.o $(BUILD)/fuzz/tests/fuzz/blocks.o \
		$(FUZZ_LIB_OBJECTS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $^

fuzz: $(FUZZERS:%=$(BUILD)/fuzz/%)
	tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZERS)

check-fuzz: $(FUZZERS:%=$(BUILD)/fuzz/%)
	tests/fuzz/run.sh 3 $(FUZZERS)

# valgrind memcheck over every system test: no error, no leak.
check-valgrind: $(BUILD)/glibc/httpstatus
	VALGRIND=1 tests/system/run.sh $(BUILD)/glibc/httpstatus

deps:
	@sh tools/deps.sh

install: httpstatus $(GENERATED)/httpstatus-codes.7
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 httpstatus $(DESTDIR)$(BINDIR)/httpstatus
	install -m 644 man/httpstatus.1 $(DESTDIR)$(MANDIR)/man1/httpstatus.1
	install -m 644 $(GENERATED)/httpstatus-codes.7 $(DESTDIR)$(MANDIR)/man7/httpstatus-codes.7
	install -m 644 completions/httpstatus.bash $(DESTDIR)$(BASHCOMPDIR)/httpstatus
	install -m 644 completions/_httpstatus $(DESTDIR)$(ZSHCOMPDIR)/_httpstatus
	install -m 644 completions/httpstatus.fish $(DESTDIR)$(FISHCOMPDIR)/httpstatus.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/httpstatus \
		$(DESTDIR)$(MANDIR)/man1/httpstatus.1 \
		$(DESTDIR)$(MANDIR)/man7/httpstatus-codes.7 \
		$(DESTDIR)$(BASHCOMPDIR)/httpstatus \
		$(DESTDIR)$(ZSHCOMPDIR)/_httpstatus \
		$(DESTDIR)$(FISHCOMPDIR)/httpstatus.fish

clean:
	rm -rf $(BUILD) httpstatus

.PHONY: all check check-unit check-system check-data check-surface check-install check-sanitize \
	check-valgrind check-fuzz fuzz deps install uninstall clean bench

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# Keep intermediate objects: tests are rebuilt only when their sources change.
.SECONDARY:

bench: httpstatus $(BUILD)/glibc/httpstatus
	bench/run.sh ./httpstatus $(BUILD)/glibc/httpstatus

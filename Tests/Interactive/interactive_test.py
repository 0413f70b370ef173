#!/usr/bin/env python3
"""The interactive prompt in a real pseudo-terminal: completion, history, Ctrl-C, Ctrl-D, exit.

    python3 Tests/Interactive/interactive_test.py .build/debug/rounds

pexpect gives the shell a controlling terminal, so Ctrl-C goes through the terminal driver as
it does for a user. Prints one line per check, then "N passed, M failed"; exits 1 on a failure.
"""
import os
import subprocess
import sys
import tempfile

import pexpect

TIMEOUT = 10  # seconds, for every wait on the shell
PROMPT = "rounds> "
CONTINUATION = "   ...> "


class CheckFailed(Exception):
    pass


class Shell:
    """One interactive session of `rounds` in a pseudo-terminal."""

    def __init__(self, binary, database, env):
        self.binary = binary
        self.database = database
        self.child = pexpect.spawn(binary, ["--db", database], env=env, encoding="utf-8",
                                   timeout=TIMEOUT, dimensions=(24, 200))

    def expect(self, text, what):
        try:
            self.child.expect_exact(text)
        except pexpect.TIMEOUT:
            raise CheckFailed(f"{what}: no {text!r} within {TIMEOUT} s; the screen ended with {self.child.before[-300:]!r}")
        except pexpect.EOF:
            raise CheckFailed(f"{what}: the shell ended before {text!r}; it printed {self.child.before[-300:]!r}")

    def send(self, keys):
        self.child.send(keys)

    def exit_status(self, what):
        """Waits for the shell to end and returns its status."""
        try:
            self.child.expect(pexpect.EOF)
        except pexpect.TIMEOUT:
            raise CheckFailed(f"{what}: the shell did not end within {TIMEOUT} s")
        self.child.close()
        return self.child.exitstatus

    def close(self):
        if self.child.isalive():
            self.child.terminate(force=True)


class Checks:
    def __init__(self, binary):
        self.binary = binary
        self.work = tempfile.mkdtemp(prefix="rounds-interactive-")
        self.database = os.path.join(self.work, "test.sqlite")
        self.history = os.path.join(self.work, "history")
        self.env = dict(os.environ, TERM="dumb", ROUNDS_HISTORY=self.history, LANG="C", HOME=self.work)
        self.env.pop("LC_ALL", None)
        self.passed = 0
        self.failed = 0

    def run_command(self, *words):
        """Runs one `rounds` command outside the prompt, to set up data."""
        result = subprocess.run([self.binary, "--db", self.database, *words], env=self.env,
                                capture_output=True, text=True, timeout=TIMEOUT)
        if result.returncode != 0:
            raise CheckFailed(f"setup `rounds {' '.join(words)}` failed ({result.returncode}): {result.stderr}")

    def session(self, steps):
        """Runs `(name, step)` pairs in order in one new session; a failure skips the rest of it,
        since each step starts where the previous one left the shell."""
        shell = Shell(self.binary, self.database, self.env)
        try:
            for name, step in steps:
                try:
                    step(shell)
                except CheckFailed as failure:
                    self.report(name, str(failure))
                    return
                self.report(name, None)
        finally:
            shell.close()

    def report(self, name, failure):
        if failure is None:
            self.passed += 1
            print(f"ok      {name}", flush=True)
        else:
            self.failed += 1
            print(f"FAILED  {name}: {failure}", flush=True)


def prompt_appears(shell):
    shell.expect(PROMPT, "start")


def completes_command(shell):
    shell.send("cust\t")
    shell.expect("customer ", "command name")


def completes_subcommand(shell):
    shell.send("li\t")
    shell.expect("list ", "subcommand")


def completes_option(shell):
    shell.send("--li\t")
    shell.expect("--limit ", "option")


def completed_line_runs(shell):
    shell.send("1\r")
    shell.expect("C0001", "customer list --limit 1")
    shell.expect(PROMPT, "prompt after the command")


def completes_value(shell):
    shell.send("customer show C00\t")
    shell.expect("C0001 ", "customer code")
    shell.send("\r")
    shell.expect("山田精機", "customer show C0001")
    shell.expect(PROMPT, "prompt after the command")


def interrupt_abandons_line(shell):
    shell.send("customer li")
    shell.expect("customer li", "typed text")
    shell.child.sendintr()
    shell.expect("^C", "Ctrl-C echo")
    shell.expect(PROMPT, "fresh prompt")


def still_answers(shell):
    shell.send("rep list\r")
    shell.expect("R01", "rep list")
    shell.expect(PROMPT, "prompt after the command")


def interrupt_abandons_continuation(shell):
    shell.send("rep \\\r")
    shell.expect(CONTINUATION, "continuation prompt")
    shell.child.sendintr()
    shell.expect("^C", "Ctrl-C echo")
    shell.expect(PROMPT, "main prompt, not the continuation one")
    still_answers(shell)


def interrupt_cancels_running_command(shell):
    """Ctrl-C while a long command runs cancels it and rolls its writes back; the shell stays."""
    database = os.path.join(os.path.dirname(shell.database), "big.sqlite")
    shell.send(f"demo create --customers 100000 --db {database}\r")
    # The progress bar proves the command runs: a Ctrl-C typed earlier would reach readline as a key.
    shell.expect("making customers", "progress of the running command")
    shell.child.sendintr()
    try:
        shell.child.expect_exact("cancelled", timeout=60)
    except (pexpect.TIMEOUT, pexpect.EOF):
        raise CheckFailed(f"no 'cancelled' after Ctrl-C; the screen ended with {shell.child.before[-300:]!r}")
    shell.expect(PROMPT, "prompt after the cancelled command")
    shell.send("rep list --count\r")
    shell.expect("\r\n1\r\n", "the shell's own database keeps its one rep")
    shell.expect(PROMPT, "prompt")
    count = subprocess.run([shell.binary, "--db", database, "rep", "list", "--count"], capture_output=True, text=True,
                           timeout=TIMEOUT)
    if count.stdout != "0\n":
        raise CheckFailed(f"the cancelled load left {count.stdout!r} reps behind")


def runs_a_command_for_history(shell):
    shell.send("customer show C0001\r")
    shell.expect("山田精機", "customer show C0001")
    shell.expect(PROMPT, "prompt after the command")


def exits_on_ctrl_d(shell):
    shell.child.sendcontrol("d")
    status = shell.exit_status("Ctrl-D")
    if status != 0:
        raise CheckFailed(f"status {status}, expected 0")


def recalls_history(shell):
    shell.send("\x1b[A")
    shell.expect("customer show C0001", "recalled entry")
    shell.send("\r")
    shell.expect("山田精機", "recalled command runs")
    shell.expect(PROMPT, "prompt after the command")


def exits_with_status(shell):
    shell.send("exit 3\r")
    status = shell.exit_status("exit 3")
    if status != 3:
        raise CheckFailed(f"status {status}, expected 3")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: interactive_test.py PATH_TO_ROUNDS")
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        sys.exit(f"not an executable: {binary}")
    checks = Checks(binary)
    try:
        checks.run_command("rep", "add", "R01", "--name", "佐藤 健")
        checks.run_command("customer", "add", "C0001", "--name", "山田精機", "--rep", "R01")
    except (CheckFailed, subprocess.TimeoutExpired) as failure:
        checks.report("setup", str(failure))
    else:
        checks.session([
            ("the prompt appears", prompt_appears),
            ("Tab completes a command name (cust → customer)", completes_command),
            ("Tab completes a subcommand (customer li → list)", completes_subcommand),
            ("Tab completes an option (--li → --limit)", completes_option),
            ("the completed line runs", completed_line_runs),
            ("Tab completes a value from the database (C00 → C0001)", completes_value),
        ])
        checks.session([
            ("the prompt appears", prompt_appears),
            ("Ctrl-C at the prompt abandons the line", interrupt_abandons_line),
            ("the shell still answers after Ctrl-C", still_answers),
            ("Ctrl-C abandons a continued entry", interrupt_abandons_continuation),
            ("Ctrl-C cancels a running command and rolls it back", interrupt_cancels_running_command),
        ])
        checks.session([
            ("the prompt appears", prompt_appears),
            ("history, session 1: a command runs", runs_a_command_for_history),
            ("Ctrl-D on an empty line exits with status 0", exits_on_ctrl_d),
        ])
        checks.session([
            ("the prompt appears", prompt_appears),
            ("history, session 2: Up arrow recalls session 1's command", recalls_history),
        ])
        checks.session([
            ("the prompt appears", prompt_appears),
            ("exit 3 exits with status 3", exits_with_status),
        ])
    print(f"{checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()

"""init, passwd, recover, recovery-code, doctor: creating and looking after the vault."""

from __future__ import annotations

import argparse
import sys

from trustjournal.cli import texts
from trustjournal.cli.context import Context
from trustjournal.core.language.speaking import _
from trustjournal.core.vault import doctor
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser("init", help=_("create a vault")).set_defaults(run=run_init)
    commands.add_parser("passwd", help=_("change the passphrase")).set_defaults(run=run_passwd)
    commands.add_parser(
        "recover", help=_("set a new passphrase with the recovery code")
    ).set_defaults(run=run_recover)
    code_parser = commands.add_parser(
        "recovery-code", help=_("show a new recovery code that waits to be stored")
    )
    code_parser.add_argument(
        "--stored", action="store_true", help=_("you have stored it: delete it from the journal")
    )
    code_parser.set_defaults(run=run_recovery_code)
    doctor_parser = commands.add_parser("doctor", help=_("check the vault and say what was found"))
    doctor_parser.add_argument(
        "--repair", action="store_true", help=_("mend what can be mended without losing anything")
    )
    doctor_parser.set_defaults(run=run_doctor)


def run_init(context: Context, arguments: argparse.Namespace) -> int:
    passphrase = context.secrets.ask_new(_("New passphrase"))
    vault, recovery_code = Vault.create(context.data_dir, passphrase)
    vault.close()
    print(_("Your journal is ready in {folder}.").format(folder=context.data_dir))
    print()
    print(_("Recovery code: {code}").format(code=recovery_code))
    print()
    print(_("This code is the only way back in if you forget your passphrase, and it is"))
    print(_("shown only this once. Write it down and keep it somewhere only you can reach."))
    return 0


def run_passwd(context: Context, arguments: argparse.Namespace) -> int:
    current = context.secrets.ask(_("Current passphrase"))
    vault = context.unlock(current)
    try:
        vault.change_passphrase(current, context.secrets.ask_new(_("New passphrase")))
    finally:
        vault.close()
    print(_("Your passphrase is changed; from now on the journal asks for the new one."))
    print(_("Old copies of the key file (in a backup, say) still open with the old passphrase."))
    print(_("If you think someone saw it or copied the key file, run 'trustjournal rekey' too."))
    return 0


def run_recover(context: Context, arguments: argparse.Namespace) -> int:
    code = context.secrets.ask(_("Recovery code"))
    vault = Vault.recover(context.data_dir, code, context.secrets.ask_new(_("New passphrase")))
    vault.close()
    print(_("Your new passphrase is set. Your recovery code still works; keep it safe."))
    return 0


def run_recovery_code(context: Context, arguments: argparse.Namespace) -> int:
    """The new code of a key change not yet confirmed (a stopped rekey, or the app's), shown
    on standard output like `init` and `rekey` show theirs, until `--stored`."""
    vault = context.unlock(context.secrets.ask(_("Passphrase")), remind_of_code=False)
    try:
        code = vault.pending_recovery_code()
        if not code:
            print(texts.NO_CODE_WAITS)
        elif arguments.stored:
            vault.forget_pending_recovery_code()
            print(texts.CODE_STORED)
        else:
            print(texts.CODE_SHOWN.format(code=code))
    finally:
        vault.close()
    return 0


def run_doctor(context: Context, arguments: argparse.Namespace) -> int:
    paths = VaultPaths(context.data_dir)
    if not paths.exists():
        print(
            _("There is no journal in {folder}.").format(folder=context.data_dir), file=sys.stderr
        )
        return 1
    passphrase = context.secrets.ask(_("Passphrase"))
    findings = doctor.examine(paths, passphrase, repair=arguments.repair)
    for finding in findings:
        print(
            (_("ok       {finding}") if finding.ok else _("PROBLEM  {finding}")).format(
                finding=finding.text
            )
        )
    healthy = all(finding.ok for finding in findings)
    print(_("All is well.") if healthy else _("Some checks found problems; see above."))
    return 0 if healthy else 1

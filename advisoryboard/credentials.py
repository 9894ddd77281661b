"""The shared server's password, kept in the system's keyring (never in the settings file).

The settings remember the server as a URL *without* its password; the password is stored by
the `keyring` library (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux) under the name `user@host:port/database`, and put back into the URL when the app opens
the server again.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

SERVICE = "AdvisoryBoard"


def account_name(url: str) -> str:
    from advisoryboard.server_check import ServerSettings

    return ServerSettings.from_url(url).keyring_name


def save_password(url: str, password: str) -> bool:
    """Remember the password of the server at `url`; False when this PC has no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account_name(url), password)
    except (KeyringError, RuntimeError) as exc:
        log.warning("could not remember the server password: %s", exc)
        return False
    return True


def saved_password(url: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account_name(url))
    except (KeyringError, RuntimeError) as exc:
        log.warning("could not read the server password: %s", exc)
        return None


def forget_password(url: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):  # nothing kept: fine
        keyring.delete_password(SERVICE, account_name(url))


def without_password(url: str) -> str:
    """The URL to remember in the settings."""
    u = make_url(url)
    # URL.set(password=None) means "unchanged"; the URL is a named tuple, so replace the field
    return u._replace(password=None).render_as_string(hide_password=False) if u.password else url


def with_saved_password(url: str) -> str:
    """A remembered server URL with its password from the keyring put back (others unchanged)."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql" or u.password:
        return url
    password = saved_password(url)
    return u.set(password=password).render_as_string(hide_password=False) if password else url

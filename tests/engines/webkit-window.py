#!/usr/bin/python3
"""A bare WebKitGTK window for WebKitWebDriver (Debian's webkit2gtk-driver).

Debian's MiniBrowser cannot be driven at phone widths (no headless mode, a 447 px minimum window),
so the browser tests give the driver this program as `webkitgtk:browserOptions.binary`. Its window
holds only the web view, so under Xvfb (no window manager, no decorations) the window's size is the
viewport's, down to 320 px. The reader's settings come as arguments, one session per setting:

  --dark             prefers-color-scheme: dark (GTK's dark-theme preference)
  --reduced-motion   prefers-reduced-motion: reduce (GTK's animations off)
  --no-javascript    JavaScript off
  --console=PATH     the page's console messages (CSP refusals included) appended to PATH

The driver starts it with WEBKIT_INSPECTOR_SERVER set and `--automation`; the automation session
asks for web views through "create-web-view".
"""

import os
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

args = sys.argv[1:]
flags = {a for a in args if not a.startswith("--console=")}
console = next((a.split("=", 1)[1] for a in args if a.startswith("--console=")), None)

if console:
    # WebKit writes console messages to the UI process's stdout, which the web process inherits.
    fd = os.open(console, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)

gtk_settings = Gtk.Settings.get_default()
gtk_settings.set_property("gtk-application-prefer-dark-theme", "--dark" in flags)
gtk_settings.set_property("gtk-enable-animations", "--reduced-motion" not in flags)

# Ephemeral: no disk cache or storage kept between sessions (or runs), as a reader's first visit.
# A file cached by an earlier run under the same hashed name would keep that run's headers.
context = WebKit2.WebContext.new_ephemeral()
context.set_automation_allowed(True)
windows = []


def new_view():
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    settings = view.get_settings()
    settings.set_enable_javascript("--no-javascript" not in flags)
    settings.set_enable_write_console_messages_to_stdout(bool(console))
    settings.set_enable_developer_extras(False)
    window = Gtk.Window()
    # No minimum size beyond the view's: the driver's Set Window Rect gives the viewport.
    window.set_default_size(1280, 800)
    window.add(view)
    window.connect("destroy", lambda *_: on_close(window))
    view.connect("close", lambda *_: window.destroy())
    window.show_all()
    windows.append(window)
    return view


def on_close(window):
    if window in windows:
        windows.remove(window)
    if not windows:
        Gtk.main_quit()


def on_automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    # The driver reports this as the browser's version: WebKitGTK's own.
    info.set_name("WebKitGTK")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", lambda *_: new_view())


context.connect("automation-started", on_automation_started)

if "--automation" not in flags:
    sys.exit("webkit-window.py is started by WebKitWebDriver (it passes --automation)")

Gtk.main()

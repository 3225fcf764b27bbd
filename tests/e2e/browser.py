"""Signing in through the real login form, as a person would, for the browser tests."""

# The password tests.factories.UserFactory gives every user.
PASSWORD = "correct horse battery staple"
# The analyst the `demo` fixture makes.
DEMO_ANALYST = "analyst-demo"


def sign_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/")

"""What a browser sends back from a Django admin change page, for tests that post it."""


def admin_page_as_posted(page) -> dict:
    """The change form and its inline formsets as they were shown, unchanged."""
    data = _form_as_posted(page.context["adminform"].form)
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        data |= _form_as_posted(formset.management_form)
        for form in formset.forms:
            data |= _form_as_posted(form)
    return data


def _form_as_posted(form) -> dict:
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value == "" or value is False:
            continue
        key = form.add_prefix(name)
        data[key] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    return data

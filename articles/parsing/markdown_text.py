"""Plain paragraphs from Markdown."""

import lxml.html
import markdown

# Containers whose children are the paragraphs; every other block is one paragraph.
_CONTAINERS = frozenset({"div", "ul", "ol", "blockquote", "body", "html", "dl"})
_NEVER_TEXT = frozenset({"script", "style", "template"})


def markdown_to_text(source: str) -> str:
    """Render Markdown and keep its text: markup gone, one paragraph per block."""
    rendered = markdown.markdown(source, extensions=["extra"], output_format="html")
    if not rendered.strip():
        return ""
    root = lxml.html.fragment_fromstring(rendered, create_parent="div")
    for element in list(root.iter(*_NEVER_TEXT)):
        element.drop_tree()
    return "\n\n".join(_paragraphs(root))


def _paragraphs(element: lxml.html.HtmlElement) -> list[str]:
    if element.tag not in _CONTAINERS:
        text = element.text_content().strip()
        return [text] if text else []
    paragraphs = []
    if element.text and element.text.strip():
        paragraphs.append(element.text.strip())
    for child in element:
        if isinstance(child.tag, str):
            paragraphs.extend(_paragraphs(child))
        if child.tail and child.tail.strip():
            paragraphs.append(child.tail.strip())
    return paragraphs

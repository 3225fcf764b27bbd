"""What articles announce to the apps that build on them.

Articles sit at the bottom: positions and timeline import articles, never the reverse.
Yet parsing an article must end with its quotes stored, and quotes belong to positions.
So articles send a signal when an article's clean text is ready, and positions connects
its receiver in its AppConfig.ready. The signal is sent inside the transaction that
stores the text, and a receiver's error propagates: what receivers write commits or
rolls back with the article, exactly as when parsing called positions directly.
"""

from django.dispatch import Signal

# Sent with `article=`: a parsed article (not a duplicate) whose body was just replaced.
article_text_ready = Signal()

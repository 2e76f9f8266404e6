"""Front ends: the ``jixiao`` command line and the Streamlit chat. They only call the public
functions of ``index``, ``bot`` and ``eval`` and render what those return."""

"""The app's pages, run by ``st.navigation`` from ``ui/app.py`` (never imported): each draws
what the plain functions of ``ui`` compute."""

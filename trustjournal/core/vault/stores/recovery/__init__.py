"""The recovery path's stores (issue 24): the path and the questionnaires' totals
(`path`), and the disclosure workspace, letters and transparency arrangements
(`disclosure`)."""

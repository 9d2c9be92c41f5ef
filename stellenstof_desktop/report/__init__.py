"""The couple's session summary as PDF and e-mail draft; fed `report.model` dataclasses only.

No Qt here. ReportLab is imported by `pdf`, `charts` and `worksheet` at their top, so the
app imports those modules only when it renders.
"""

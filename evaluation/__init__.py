"""Measuring the product on text its authors did not tune on: the real reports of `../shared/reports`,
split dev/test by id (`evaluation.reports`), laid out as pages by a simulator, and scored."""

"""Task runners for `--runner dask`: one staging task per file on a Dask cluster (a local one of
`workers` processes, or an existing scheduler). The default local runner needs none: files are staged
in a process pool inside one task per batch (flows/staging.py)."""

from __future__ import annotations


def task_runner(name: str, workers: int, address: str | None = None):  # noqa: ANN201
    if name != "dask":
        raise ValueError(f"unknown runner {name!r}")
    from prefect_dask import DaskTaskRunner  # optional dependency: pip install 'jiceng[dask]'

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})

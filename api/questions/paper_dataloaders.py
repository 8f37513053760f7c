"""Batch loaders of the self-test types (house rule 4): the viewer's attempt stats for a list of papers."""

from api.core.dataloaders import DataLoader
from cms.questions import papers


class ViewerStatsByPaperLoader(DataLoader[int, papers.ViewerStats | None]):
    """The signed-in viewer's attempt count, best score and open attempt per paper, one query for all."""

    key_kind = "paper_viewer_stats"

    def batch_load(self, keys):
        return papers.viewer_stats(self.context.user, list(keys))

    def missing(self):
        return papers.ViewerStats()

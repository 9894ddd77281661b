"""File ▸ Publish website…: the board's public record as a static website (advisoryboard/publish)."""

"""The Safety tab: crime trends, SARA problem-solving projects and police incident import."""

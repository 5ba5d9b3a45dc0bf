namespace Marketplace.Web.Features.Search;

/// <summary>The index folder cannot be used (locked by another writer, corrupt, unreadable); the message says which and what to do.</summary>
public sealed class SearchIndexException(string message, Exception? inner = null) : Exception(message, inner);

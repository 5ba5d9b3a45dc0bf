namespace Marketplace.Web.Features.Capacity;

/// <summary>Resource anchor for the capacity check and the infrastructure pages (CapacityText.id.resx, CapacityText.en.resx).</summary>
public sealed class CapacityText;

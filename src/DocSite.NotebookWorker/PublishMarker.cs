namespace DocSite.NotebookWorker;

/// <summary>
/// How the kernel's <c>publish(name, value)</c> tells the worker a displayed value's name: one more formatted
/// value of this MIME type, whose text is the name, which the worker takes off again (it never reaches a page).
/// </summary>
internal static class PublishMarker
{
    public const string MimeType = "application/x.docsite.publish-name";
}

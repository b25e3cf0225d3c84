// The host: every command lives in the DocSite library; with no arguments it builds this repository's site.
return await DocSite.Cli.SiteCommandLine.RunAsync(args);

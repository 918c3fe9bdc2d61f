#!/usr/bin/env node
// Stand-alone entry of the language server (what `copydesk lsp` runs): speaks LSP on stdio.
import { startLanguageServer } from "./server.js";

startLanguageServer();

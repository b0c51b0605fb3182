export { buildApp, ROUTE_MODULES, type ServerOptions } from './app';
export { argon2Passwords, nodeCrypto, systemClock } from './services';
export { startServer, type StartOptions } from './start';
export { PdfRenderer } from './briefs/pdf-renderer';

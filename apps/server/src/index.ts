export { buildApp, ROUTE_MODULES, type ServerOptions } from './app';
export { startServer, type StartOptions } from './start';

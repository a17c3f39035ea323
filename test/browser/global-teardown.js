/** Stops the static server that global-setup.js started. */
module.exports = async () => {
  const server = globalThis.__MALKOLL_SERVER__;
  if (server) await new Promise((resolve) => server.close(resolve));
};

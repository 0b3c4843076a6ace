// Runs in each worker of the "neo4j" project before each file: points process.env at this worker's Neo4j,
// so the app's configuration and every child process (npm start, the CLIs) use the engine under test, and
// empties that database, so each file starts from nothing, as an embedded file does in its new folder.
import { emptyNeo4j, neo4jConnection } from '../helpers/engine.js';

const { uri, user, password } = neo4jConnection();
Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
await emptyNeo4j();

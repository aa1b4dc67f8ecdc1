package org.secretariat.persistence;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/** {@link EngineScenarios} on the data folder's H2 file. */
class H2EngineTest extends EngineScenarios {

    @Override
    AppContext open() throws Exception {
        return AppContext.open(dir, "test", TestWorkspace.CLOCK);
    }
}

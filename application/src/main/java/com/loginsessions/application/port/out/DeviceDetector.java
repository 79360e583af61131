package com.loginsessions.application.port.out;

import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceSignals;

public interface DeviceDetector {

    /** Never fails: what cannot be recognised is reported as unknown. */
    Device detect(DeviceSignals signals);
}

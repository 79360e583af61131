package com.loginsessions.application.port.out;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.domain.Device;

public interface DeviceDetector {

    /** Never fails: what cannot be recognised is reported as unknown. */
    Device detect(DeviceSignals signals);
}

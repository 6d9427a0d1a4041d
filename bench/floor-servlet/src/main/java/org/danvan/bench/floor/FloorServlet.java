package org.danvan.bench.floor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The floor's only page: a fixed HTML answer at every path, registered on the Servlet Whiteboard the way DanVan's
 * Vaadin host is ({@code /*}, asynchronous), so that the floor measures Karaf and the web container and nothing else.
 */
@Component(service = Servlet.class, immediate = true, property = {
    "osgi.http.whiteboard.servlet.name=bench-floor",
    "osgi.http.whiteboard.servlet.pattern=/*",
    "osgi.http.whiteboard.servlet.asyncSupported=true" })
public class FloorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the benchmark checks the answer for, so that a Jetty default page never counts as the floor's. */
    public static final String MARKER = "danvan-bench-floor";

    private static final byte[] PAGE = ("<!DOCTYPE html><html><head><title>" + MARKER
            + "</title></head><body>" + MARKER + "</body></html>").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }
}
